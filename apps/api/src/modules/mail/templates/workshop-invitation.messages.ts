import { catalogue } from '@gcm/domain';

/** The workshop e-mails (invitation, change, withdrawal), in the six languages; English as it was before. */
export const workshopInvitationMessages = catalogue({
  en: {
    'mail.workshop.subject.invited': 'Invitation: {title}, {when}',
    'mail.workshop.subject.changed': 'Changed: {title}, now {when}',
    'mail.workshop.subject.withdrawn': 'No longer expected: {title}, {when}',
    'mail.workshop.when': '{start} until {end}',
    'mail.workshop.action': 'See the workshop',
    'mail.workshop.withdrawn':
      'You are no longer on the list of participants of this workshop. The attached calendar update removes it from your calendar.',
    'mail.workshop.invited':
      'You are invited to this stakeholder workshop of the review. It takes place on <b>{when}</b>, {mode}{hasPlace, select, yes {: {place}} other {}}. The attached calendar event adds it in your calendar.',
    'mail.workshop.changed':
      'The time or place of this workshop has changed. It takes place on <b>{when}</b>, {mode}{hasPlace, select, yes {: {place}} other {}}. The attached calendar event updates it in your calendar.',
    'mail.workshop.agenda': 'Agenda',
    'mail.workshop.mode.in_person': 'in person',
    'mail.workshop.mode.online': 'online',
    'mail.workshop.mode.hybrid': 'in person and online',
  },
  fr: {
    'mail.workshop.subject.invited': 'Invitation : {title}, {when}',
    'mail.workshop.subject.changed': 'Modification : {title}, désormais {when}',
    'mail.workshop.subject.withdrawn': 'Participation annulée : {title}, {when}',
    'mail.workshop.when': '{start} jusqu’à {end}',
    'mail.workshop.action': 'Voir l’atelier',
    'mail.workshop.withdrawn':
      'Vous ne figurez plus sur la liste des participants à cet atelier. La mise à jour de calendrier jointe le retire de votre calendrier.',
    'mail.workshop.invited':
      'Vous êtes invité(e) à cet atelier des parties prenantes de l’examen. Il a lieu le <b>{when}</b>, {mode}{hasPlace, select, yes { : {place}} other {}}. L’événement de calendrier joint l’ajoute à votre calendrier.',
    'mail.workshop.changed':
      'L’heure ou le lieu de cet atelier a changé. Il a lieu le <b>{when}</b>, {mode}{hasPlace, select, yes { : {place}} other {}}. L’événement de calendrier joint le met à jour dans votre calendrier.',
    'mail.workshop.agenda': 'Ordre du jour',
    'mail.workshop.mode.in_person': 'en présentiel',
    'mail.workshop.mode.online': 'en ligne',
    'mail.workshop.mode.hybrid': 'en présentiel et en ligne',
  },
  es: {
    'mail.workshop.subject.invited': 'Invitación: {title}, {when}',
    'mail.workshop.subject.changed': 'Cambio: {title}, ahora {when}',
    'mail.workshop.subject.withdrawn': 'Ya no se le espera: {title}, {when}',
    'mail.workshop.when': '{start} hasta las {end}',
    'mail.workshop.action': 'Ver el taller',
    'mail.workshop.withdrawn':
      'Ya no figura en la lista de participantes de este taller. La actualización de calendario adjunta lo elimina de su calendario.',
    'mail.workshop.invited':
      'Se le invita a este taller de partes interesadas del examen. Tiene lugar el <b>{when}</b>, {mode}{hasPlace, select, yes {: {place}} other {}}. El evento de calendario adjunto lo añade a su calendario.',
    'mail.workshop.changed':
      'La hora o el lugar de este taller han cambiado. Tiene lugar el <b>{when}</b>, {mode}{hasPlace, select, yes {: {place}} other {}}. El evento de calendario adjunto lo actualiza en su calendario.',
    'mail.workshop.agenda': 'Orden del día',
    'mail.workshop.mode.in_person': 'presencial',
    'mail.workshop.mode.online': 'en línea',
    'mail.workshop.mode.hybrid': 'presencial y en línea',
  },
  ru: {
    'mail.workshop.subject.invited': 'Приглашение: {title}, {when}',
    'mail.workshop.subject.changed': 'Изменение: {title}, теперь {when}',
    'mail.workshop.subject.withdrawn': 'Участие отменено: {title}, {when}',
    'mail.workshop.when': '{start} до {end}',
    'mail.workshop.action': 'Посмотреть семинар',
    'mail.workshop.withdrawn':
      'Вы больше не включены в список участников этого семинара. Приложенное обновление календаря удаляет его из вашего календаря.',
    'mail.workshop.invited':
      'Вы приглашены на этот семинар заинтересованных сторон в рамках обзора. Он состоится <b>{when}</b>, {mode}{hasPlace, select, yes {: {place}} other {}}. Приложенное событие календаря добавляет его в ваш календарь.',
    'mail.workshop.changed':
      'Время или место проведения этого семинара изменились. Он состоится <b>{when}</b>, {mode}{hasPlace, select, yes {: {place}} other {}}. Приложенное событие календаря обновляет его в вашем календаре.',
    'mail.workshop.agenda': 'Повестка дня',
    'mail.workshop.mode.in_person': 'очно',
    'mail.workshop.mode.online': 'онлайн',
    'mail.workshop.mode.hybrid': 'очно и онлайн',
  },
  zh: {
    'mail.workshop.subject.invited': '邀请：{title}，{when}',
    'mail.workshop.subject.changed': '变更：{title}，现为 {when}',
    'mail.workshop.subject.withdrawn': '无需再出席：{title}，{when}',
    'mail.workshop.when': '{start} 至 {end}',
    'mail.workshop.action': '查看研讨会',
    'mail.workshop.withdrawn': '您已不在本次研讨会的参会者名单上。所附日历更新会将其从您的日历中删除。',
    'mail.workshop.invited':
      '诚邀您参加本次审查的利益攸关方研讨会。会议时间为 <b>{when}</b>，{mode}{hasPlace, select, yes {：{place}} other {}}。所附日历事件会将其添加到您的日历中。',
    'mail.workshop.changed':
      '本次研讨会的时间或地点已变更。会议时间为 <b>{when}</b>，{mode}{hasPlace, select, yes {：{place}} other {}}。所附日历事件会在您的日历中更新该会议。',
    'mail.workshop.agenda': '议程',
    'mail.workshop.mode.in_person': '现场举行',
    'mail.workshop.mode.online': '在线举行',
    'mail.workshop.mode.hybrid': '现场和在线同时举行',
  },
  ar: {
    'mail.workshop.subject.invited': 'دعوة: {title}، {when}',
    'mail.workshop.subject.changed': 'تغيير: {title}، الآن {when}',
    'mail.workshop.subject.withdrawn': 'لم تعد مشاركتك متوقعة: {title}، {when}',
    'mail.workshop.when': '{start} حتى {end}',
    'mail.workshop.action': 'اعرض حلقة العمل',
    'mail.workshop.withdrawn':
      'لم تعد مدرجًا في قائمة المشاركين في حلقة العمل هذه. يزيلها تحديث التقويم المرفق من تقويمك.',
    'mail.workshop.invited':
      'أنت مدعو إلى حلقة العمل هذه لأصحاب المصلحة في إطار الاستعراض. تُعقد في <b>{when}</b>، {mode}{hasPlace, select, yes {: {place}} other {}}. يضيفها حدث التقويم المرفق إلى تقويمك.',
    'mail.workshop.changed':
      'تغيّر موعد حلقة العمل هذه أو مكانها. تُعقد في <b>{when}</b>، {mode}{hasPlace, select, yes {: {place}} other {}}. يحدّثها حدث التقويم المرفق في تقويمك.',
    'mail.workshop.agenda': 'جدول الأعمال',
    'mail.workshop.mode.in_person': 'حضوريًا',
    'mail.workshop.mode.online': 'عبر الإنترنت',
    'mail.workshop.mode.hybrid': 'حضوريًا وعبر الإنترنت',
  },
});
