import { catalogue } from '@gcm/domain';

/** The invitation into a review, in the six languages; English as it was before. */
export const invitationMessages = catalogue({
  en: {
    'mail.invitation.subject': '{invitedBy} invites you to the {reviewTitle}',
    'mail.invitation.heading': 'You are invited to the {reviewTitle}',
    'mail.invitation.action': 'Accept the invitation',
    'mail.invitation.role.coordinator': 'as a coordinator of the review',
    'mail.invitation.role.contributor': 'as a focal point drafting contributions',
    'mail.invitation.role.stakeholder': 'as a stakeholder (votes and comments)',
    'mail.invitation.role.observer': 'as an observer (read only)',
    'mail.invitation.body':
      '{invitedBy} invites you to take part {role}. Open the link to set your password. It works once and until {expires}.',
    'mail.invitation.body.organisation':
      '{invitedBy} invites you to take part {role} for {organisation}. Open the link to set your password. It works once and until {expires}.',
  },
  fr: {
    'mail.invitation.subject': '{invitedBy} vous invite à l’examen « {reviewTitle} »',
    'mail.invitation.heading': 'Vous êtes invité(e) à l’examen « {reviewTitle} »',
    'mail.invitation.action': 'Accepter l’invitation',
    'mail.invitation.role.coordinator': 'en tant que coordinateur de l’examen',
    'mail.invitation.role.contributor': 'en tant que point focal chargé de rédiger des contributions',
    'mail.invitation.role.stakeholder': 'en tant que partie prenante (votes et commentaires)',
    'mail.invitation.role.observer': 'en tant qu’observateur (lecture seule)',
    'mail.invitation.body':
      '{invitedBy} vous invite à participer {role}. Ouvrez le lien pour définir votre mot de passe. Il ne fonctionne qu’une fois, jusqu’au {expires}.',
    'mail.invitation.body.organisation':
      '{invitedBy} vous invite à participer {role} pour {organisation}. Ouvrez le lien pour définir votre mot de passe. Il ne fonctionne qu’une fois, jusqu’au {expires}.',
  },
  es: {
    'mail.invitation.subject': '{invitedBy} le invita al examen «{reviewTitle}»',
    'mail.invitation.heading': 'Está invitado/a al examen «{reviewTitle}»',
    'mail.invitation.action': 'Aceptar la invitación',
    'mail.invitation.role.coordinator': 'como coordinador/a del examen',
    'mail.invitation.role.contributor': 'como punto focal que redacta contribuciones',
    'mail.invitation.role.stakeholder': 'como parte interesada (votaciones y comentarios)',
    'mail.invitation.role.observer': 'como observador/a (solo lectura)',
    'mail.invitation.body':
      '{invitedBy} le invita a participar {role}. Abra el enlace para establecer su contraseña. Funciona una sola vez y hasta el {expires}.',
    'mail.invitation.body.organisation':
      '{invitedBy} le invita a participar {role} en nombre de {organisation}. Abra el enlace para establecer su contraseña. Funciona una sola vez y hasta el {expires}.',
  },
  ru: {
    'mail.invitation.subject': '{invitedBy} приглашает вас к участию в обзоре «{reviewTitle}»',
    'mail.invitation.heading': 'Вы приглашены к участию в обзоре «{reviewTitle}»',
    'mail.invitation.action': 'Принять приглашение',
    'mail.invitation.role.coordinator': 'в качестве координатора обзора',
    'mail.invitation.role.contributor': 'в качестве контактного лица, готовящего вклады',
    'mail.invitation.role.stakeholder': 'в качестве заинтересованной стороны (голосования и комментарии)',
    'mail.invitation.role.observer': 'в качестве наблюдателя (только чтение)',
    'mail.invitation.body':
      '{invitedBy} приглашает вас принять участие {role}. Откройте ссылку, чтобы задать пароль. Она действует один раз и до {expires}.',
    'mail.invitation.body.organisation':
      '{invitedBy} приглашает вас принять участие {role} от организации «{organisation}». Откройте ссылку, чтобы задать пароль. Она действует один раз и до {expires}.',
  },
  zh: {
    'mail.invitation.subject': '{invitedBy} 邀请您参加{reviewTitle}',
    'mail.invitation.heading': '您受邀参加{reviewTitle}',
    'mail.invitation.action': '接受邀请',
    'mail.invitation.role.coordinator': '作为审查协调人',
    'mail.invitation.role.contributor': '作为起草稿件的联络人',
    'mail.invitation.role.stakeholder': '作为利益攸关方（投票和评论）',
    'mail.invitation.role.observer': '作为观察员（只读）',
    'mail.invitation.body':
      '{invitedBy} 邀请您{role}参与。请打开链接设置密码。该链接只能使用一次，有效期至 {expires}。',
    'mail.invitation.body.organisation':
      '{invitedBy} 邀请您代表 {organisation} {role}参与。请打开链接设置密码。该链接只能使用一次，有效期至 {expires}。',
  },
  ar: {
    'mail.invitation.subject': 'يدعوك {invitedBy} إلى {reviewTitle}',
    'mail.invitation.heading': 'أنت مدعو إلى {reviewTitle}',
    'mail.invitation.action': 'اقبل الدعوة',
    'mail.invitation.role.coordinator': 'بصفة منسق للاستعراض',
    'mail.invitation.role.contributor': 'بصفة جهة اتصال تصوغ المساهمات',
    'mail.invitation.role.stakeholder': 'بصفة صاحب مصلحة (التصويت والتعليقات)',
    'mail.invitation.role.observer': 'بصفة مراقب (للاطلاع فقط)',
    'mail.invitation.body':
      'يدعوك {invitedBy} إلى المشاركة {role}. افتح الرابط لتعيين كلمة المرور. يعمل الرابط مرة واحدة وحتى {expires}.',
    'mail.invitation.body.organisation':
      'يدعوك {invitedBy} إلى المشاركة {role} باسم {organisation}. افتح الرابط لتعيين كلمة المرور. يعمل الرابط مرة واحدة وحتى {expires}.',
  },
});
