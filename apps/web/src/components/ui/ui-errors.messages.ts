import { catalogue } from '@gcm/domain';

/**
 * The shared components' messages for a failure — the error panel, the summary of a form's
 * problems, and the app's own messages for a request that failed (lib/api-client.ts). Apart from
 * ui.messages.ts because the sign-in page shows them: they come with the app's first script
 * (app/screen-messages.ts), the rest of the shared components' text with the other screens'.
 */
export const uiErrorMessages = catalogue({
  en: {
    'ui.error.unexpected': 'Something unexpected went wrong.',
    'ui.error.retry': 'Retry',
    'ui.error.retrying': 'Retrying…',
    'ui.error.network': 'The server cannot be reached. Check your network connection and try again.',
    'ui.error.badResponse': 'The server sent an answer this page cannot read. Please reload the page.',
    'ui.error.serverUnavailable':
      'The server could not answer (HTTP {status}). Please try again in a moment.',
    'ui.error.requestFailed': 'The request failed (HTTP {status}).',
    'ui.errorSummary.title':
      '{count, plural, one {One field needs attention} other {# fields need attention}}',
    'ui.errorSummary.item': '{label}: {message}',
  },
  fr: {
    'ui.error.unexpected': 'Une erreur inattendue s’est produite.',
    'ui.error.retry': 'Réessayer',
    'ui.error.retrying': 'Nouvel essai…',
    'ui.error.network': 'Le serveur est injoignable. Vérifiez votre connexion réseau et réessayez.',
    'ui.error.badResponse':
      'Le serveur a envoyé une réponse que cette page ne peut pas lire. Veuillez recharger la page.',
    'ui.error.serverUnavailable':
      'Le serveur n’a pas pu répondre (HTTP {status}). Veuillez réessayer dans un instant.',
    'ui.error.requestFailed': 'La requête a échoué (HTTP {status}).',
    'ui.errorSummary.title':
      '{count, plural, one {Un champ est à corriger} other {# champs sont à corriger}}',
    'ui.errorSummary.item': '{label} : {message}',
  },
  es: {
    'ui.error.unexpected': 'Se produjo un error inesperado.',
    'ui.error.retry': 'Reintentar',
    'ui.error.retrying': 'Reintentando…',
    'ui.error.network':
      'No se puede acceder al servidor. Compruebe su conexión de red y vuelva a intentarlo.',
    'ui.error.badResponse':
      'El servidor envió una respuesta que esta página no puede leer. Vuelva a cargar la página.',
    'ui.error.serverUnavailable':
      'El servidor no pudo responder (HTTP {status}). Vuelva a intentarlo dentro de un momento.',
    'ui.error.requestFailed': 'La solicitud no se pudo completar (HTTP {status}).',
    'ui.errorSummary.title':
      '{count, plural, one {Hay que corregir un campo} other {Hay que corregir # campos}}',
    'ui.errorSummary.item': '{label}: {message}',
  },
  ru: {
    'ui.error.unexpected': 'Произошла непредвиденная ошибка.',
    'ui.error.retry': 'Повторить',
    'ui.error.retrying': 'Повтор…',
    'ui.error.network': 'Сервер недоступен. Проверьте подключение к сети и повторите попытку.',
    'ui.error.badResponse':
      'Сервер прислал ответ, который эта страница не может прочитать. Перезагрузите страницу.',
    'ui.error.serverUnavailable':
      'Сервер не смог ответить (HTTP {status}). Повторите попытку через некоторое время.',
    'ui.error.requestFailed': 'Запрос не выполнен (HTTP {status}).',
    'ui.errorSummary.title':
      '{count, plural, one {Исправьте # поле} few {Исправьте # поля} many {Исправьте # полей} other {Исправьте # поля}}',
    'ui.errorSummary.item': '{label}: {message}',
  },
  zh: {
    'ui.error.unexpected': '发生了意外错误。',
    'ui.error.retry': '重试',
    'ui.error.retrying': '正在重试…',
    'ui.error.network': '无法连接服务器。请检查您的网络连接，然后重试。',
    'ui.error.badResponse': '服务器发送的答复无法被此页面读取。请重新加载页面。',
    'ui.error.serverUnavailable': '服务器无法答复（HTTP {status}）。请稍后重试。',
    'ui.error.requestFailed': '请求失败（HTTP {status}）。',
    'ui.errorSummary.title': '{count, plural, other {有 # 个字段需要修改}}',
    'ui.errorSummary.item': '{label}：{message}',
  },
  ar: {
    'ui.error.unexpected': 'حدث خطأ غير متوقع.',
    'ui.error.retry': 'إعادة المحاولة',
    'ui.error.retrying': 'جارٍ إعادة المحاولة…',
    'ui.error.network': 'يتعذّر الوصول إلى الخادم. تحقّق من اتصالك بالشبكة وأعد المحاولة.',
    'ui.error.badResponse': 'أرسل الخادم ردًا لا تستطيع هذه الصفحة قراءته. يرجى إعادة تحميل الصفحة.',
    'ui.error.serverUnavailable': 'تعذّر على الخادم الرد (HTTP {status}). يرجى إعادة المحاولة بعد قليل.',
    'ui.error.requestFailed': 'فشل الطلب (HTTP {status}).',
    'ui.errorSummary.title':
      '{count, plural, zero {لا حقول تحتاج إلى تصحيح} one {حقل واحد يحتاج إلى تصحيح} two {حقلان يحتاجان إلى تصحيح} few {# حقول تحتاج إلى تصحيح} many {# حقلًا يحتاج إلى تصحيح} other {# حقل يحتاج إلى تصحيح}}',
    'ui.errorSummary.item': '{label}: {message}',
  },
});
