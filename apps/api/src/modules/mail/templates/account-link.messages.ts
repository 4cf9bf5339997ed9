import { catalogue } from '@gcm/domain';

/** The account e-mails (activation, new password), in the six languages; English as it was before. */
export const accountLinkMessages = catalogue({
  en: {
    'mail.accountLink.product': 'GCM Review Tracker',
    'mail.accountLink.activation.subject': 'Activate your account on the GCM Review Tracker',
    'mail.accountLink.activation.heading': 'Activate your account',
    'mail.accountLink.activation.action': 'Activate the account',
    'mail.accountLink.activation.body':
      'An account has been made for you on this installation of the GCM Review Tracker. Open the link to choose your password. It works once and until {expires}.',
    'mail.accountLink.reset.subject': 'Choose a new password for the GCM Review Tracker',
    'mail.accountLink.reset.heading': 'Choose a new password',
    'mail.accountLink.reset.action': 'Choose a new password',
    'mail.accountLink.reset.body':
      'Someone (we hope you) asked to choose a new password for this address. Open the link to do so; it works once and until {expires}. If you did not ask, ignore this e-mail: your password stays as it is.',
  },
  fr: {
    'mail.accountLink.product': 'Suivi de l’examen du PMM',
    'mail.accountLink.activation.subject': 'Activez votre compte sur le suivi de l’examen du PMM',
    'mail.accountLink.activation.heading': 'Activez votre compte',
    'mail.accountLink.activation.action': 'Activer le compte',
    'mail.accountLink.activation.body':
      'Un compte a été créé pour vous sur cette installation du suivi de l’examen du PMM. Ouvrez le lien pour choisir votre mot de passe. Il ne fonctionne qu’une fois, jusqu’au {expires}.',
    'mail.accountLink.reset.subject': 'Choisissez un nouveau mot de passe pour le suivi de l’examen du PMM',
    'mail.accountLink.reset.heading': 'Choisissez un nouveau mot de passe',
    'mail.accountLink.reset.action': 'Choisir un nouveau mot de passe',
    'mail.accountLink.reset.body':
      'Quelqu’un (vous, nous l’espérons) a demandé à choisir un nouveau mot de passe pour cette adresse. Ouvrez le lien pour le faire ; il ne fonctionne qu’une fois, jusqu’au {expires}. Si vous n’avez rien demandé, ignorez ce courriel : votre mot de passe reste inchangé.',
  },
  es: {
    'mail.accountLink.product': 'Seguimiento del examen del PMM',
    'mail.accountLink.activation.subject': 'Active su cuenta en el seguimiento del examen del PMM',
    'mail.accountLink.activation.heading': 'Active su cuenta',
    'mail.accountLink.activation.action': 'Activar la cuenta',
    'mail.accountLink.activation.body':
      'Se ha creado una cuenta para usted en esta instalación del seguimiento del examen del PMM. Abra el enlace para elegir su contraseña. Funciona una sola vez y hasta el {expires}.',
    'mail.accountLink.reset.subject': 'Elija una nueva contraseña para el seguimiento del examen del PMM',
    'mail.accountLink.reset.heading': 'Elija una nueva contraseña',
    'mail.accountLink.reset.action': 'Elegir una nueva contraseña',
    'mail.accountLink.reset.body':
      'Alguien (esperamos que usted) ha pedido elegir una nueva contraseña para esta dirección. Abra el enlace para hacerlo; funciona una sola vez y hasta el {expires}. Si no lo ha pedido, haga caso omiso de este correo: su contraseña no cambia.',
  },
  ru: {
    'mail.accountLink.product': 'Система отслеживания обзора ГДМ',
    'mail.accountLink.activation.subject':
      'Активируйте свою учетную запись в системе отслеживания обзора ГДМ',
    'mail.accountLink.activation.heading': 'Активируйте свою учетную запись',
    'mail.accountLink.activation.action': 'Активировать учетную запись',
    'mail.accountLink.activation.body':
      'Для вас создана учетная запись в этой системе отслеживания обзора ГДМ. Откройте ссылку, чтобы выбрать пароль. Она действует один раз и до {expires}.',
    'mail.accountLink.reset.subject': 'Выберите новый пароль для системы отслеживания обзора ГДМ',
    'mail.accountLink.reset.heading': 'Выберите новый пароль',
    'mail.accountLink.reset.action': 'Выбрать новый пароль',
    'mail.accountLink.reset.body':
      'Кто-то (надеемся, что вы) запросил новый пароль для этого адреса. Откройте ссылку, чтобы задать его; она действует один раз и до {expires}. Если вы этого не запрашивали, не обращайте внимания на это письмо: ваш пароль останется прежним.',
  },
  zh: {
    'mail.accountLink.product': '移民全球契约审查跟踪系统',
    'mail.accountLink.activation.subject': '激活您在移民全球契约审查跟踪系统上的账户',
    'mail.accountLink.activation.heading': '激活您的账户',
    'mail.accountLink.activation.action': '激活账户',
    'mail.accountLink.activation.body':
      '已在本移民全球契约审查跟踪系统上为您创建账户。请打开链接选择密码。该链接只能使用一次，有效期至 {expires}。',
    'mail.accountLink.reset.subject': '为移民全球契约审查跟踪系统选择新密码',
    'mail.accountLink.reset.heading': '选择新密码',
    'mail.accountLink.reset.action': '选择新密码',
    'mail.accountLink.reset.body':
      '有人（希望是您本人）请求为此地址选择新密码。请打开链接进行设置；该链接只能使用一次，有效期至 {expires}。如果您没有提出请求，请忽略此邮件：您的密码保持不变。',
  },
  ar: {
    'mail.accountLink.product': 'نظام متابعة استعراض الاتفاق العالمي للهجرة',
    'mail.accountLink.activation.subject': 'فعّل حسابك على نظام متابعة استعراض الاتفاق العالمي للهجرة',
    'mail.accountLink.activation.heading': 'فعّل حسابك',
    'mail.accountLink.activation.action': 'فعّل الحساب',
    'mail.accountLink.activation.body':
      'أُنشئ لك حساب على هذا النظام لمتابعة استعراض الاتفاق العالمي للهجرة. افتح الرابط لاختيار كلمة المرور. يعمل الرابط مرة واحدة وحتى {expires}.',
    'mail.accountLink.reset.subject': 'اختر كلمة مرور جديدة لنظام متابعة استعراض الاتفاق العالمي للهجرة',
    'mail.accountLink.reset.heading': 'اختر كلمة مرور جديدة',
    'mail.accountLink.reset.action': 'اختر كلمة مرور جديدة',
    'mail.accountLink.reset.body':
      'طلب أحدهم (ونأمل أن تكون أنت) اختيار كلمة مرور جديدة لهذا العنوان. افتح الرابط لذلك؛ يعمل الرابط مرة واحدة وحتى {expires}. إذا لم تطلب ذلك، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.',
  },
});
