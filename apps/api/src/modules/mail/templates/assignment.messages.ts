import { catalogue } from '@gcm/domain';

/**
 * The e-mails about assignments (new, several at once, due date moved, changes requested, comment,
 * accepted, withdrawn) and their calendar events, in the six languages. English is exactly what
 * they said before they were translated (the tests read it word for word).
 */
export const assignmentMessages = catalogue({
  en: {
    'mail.assignment.calendar.description':
      '{organisation} ({role, select, lead {lead} other {contributing}}).',
    'mail.assignment.role':
      '{role, select, lead {as the lead organisation} other {as a contributing organisation}}',
    'mail.assignment.openMine': 'Open my assignments',
    'mail.assignment.calendar.title': 'Due: question {code} — {reviewTitle}',
    'mail.assignment.created.subject':
      'Question {code} of the {reviewTitle} is assigned to {organisation} — due {date}',
    'mail.assignment.created.preview': 'Question {code} is assigned to {organisation}, due {date}',
    'mail.assignment.created.heading': 'Question {code} is assigned to {organisation}',
    'mail.assignment.created.asked':
      'The coordinator has asked {organisation} to answer this question {role}:',
    'mail.assignment.created.due':
      '<b>Due: {date}</b> (end of day, {timeZone}). The deadline is attached as a calendar event. About 500 words, with statistical as well as qualitative data; attach policy documents as needed.',
    'mail.assignment.several.subject':
      '{count} questions of the {reviewTitle} are assigned to you — the first due {date}',
    'mail.assignment.several.preview': '{count} questions are assigned to you, the first due {date}',
    'mail.assignment.several.heading': '{count} questions are assigned to you',
    'mail.assignment.several.asked':
      'The coordinator has asked you to answer these questions, earliest due first:',
    'mail.assignment.several.item':
      'For {organisation}, {role}. <b>Due: {date}</b> (end of day, {timeZone}). {url}',
    'mail.assignment.several.closing':
      'Every deadline is in the attached calendar file. About 500 words each, with statistical as well as qualitative data; attach policy documents as needed.',
    'mail.assignment.dueDate.subject': 'New due date for question {code}: {date}',
    'mail.assignment.dueDate.body':
      "The due date of {organisation}'s contribution moved from {previous} to <b>{date}</b> (end of day, {timeZone}). The updated calendar event is attached.",
    'mail.assignment.changes.subject': 'Changes requested on question {code} ({organisation})',
    'mail.assignment.changes.heading': 'Changes requested on question {code}',
    'mail.assignment.changes.action': 'Revise the contribution',
    'mail.assignment.changes.asks': "{by} has looked at {organisation}'s contribution and asks for changes:",
    'mail.assignment.changes.resubmit': 'Please resubmit by {date} (end of day, {timeZone}).',
    'mail.assignment.comment.subject': '{by} commented on question {code} ({organisation})',
    'mail.assignment.comment.preview': '{by} commented on question {code}',
    'mail.assignment.comment.heading': 'New comment on question {code}',
    'mail.assignment.comment.action': 'Read and answer it',
    'mail.assignment.comment.byCoordinator': '{by} (coordinator)',
    'mail.assignment.comment.wrote': "{who} wrote on {organisation}'s contribution:",
    'mail.assignment.comment.answered': "{who} answered on {organisation}'s contribution:",
    'mail.assignment.comment.inAnswerTo': 'In answer to:',
    'mail.assignment.comment.answerThere':
      "Answer on the assignment's page, so that everyone working on it reads your answer there.",
    'mail.assignment.accepted.subject': 'Contribution to question {code} accepted ({organisation})',
    'mail.assignment.accepted.heading': 'Contribution to question {code} accepted',
    'mail.assignment.accepted.action': 'See the contribution',
    'mail.assignment.accepted.body':
      "{by} has accepted {organisation}'s contribution. Thank you — nothing more is needed for this question.",
    'mail.assignment.removed.heading': 'Question {code} is no longer assigned to {organisation}',
    'mail.assignment.removed.reassigned':
      'The coordinator has given this question to another organisation. Nothing more is needed from {organisation} for it, and the deadline of {date} no longer applies: the attached calendar update removes it from your calendar.',
    'mail.assignment.removed.removed':
      'The coordinator has removed this assignment. Nothing more is needed from {organisation} for it, and the deadline of {date} no longer applies: the attached calendar update removes it from your calendar.',
  },
  fr: {
    'mail.assignment.calendar.description':
      '{organisation} ({role, select, lead {chef de file} other {contributrice}}).',
    'mail.assignment.role':
      '{role, select, lead {en tant qu’organisation chef de file} other {en tant qu’organisation contributrice}}',
    'mail.assignment.openMine': 'Ouvrir mes tâches',
    'mail.assignment.calendar.title': 'Échéance : question {code} — {reviewTitle}',
    'mail.assignment.created.subject':
      'La question {code} de l’examen « {reviewTitle} » est confiée à {organisation} — échéance le {date}',
    'mail.assignment.created.preview': 'La question {code} est confiée à {organisation}, échéance le {date}',
    'mail.assignment.created.heading': 'La question {code} est confiée à {organisation}',
    'mail.assignment.created.asked':
      'Le coordinateur a demandé à {organisation} de répondre à cette question {role} :',
    'mail.assignment.created.due':
      '<b>Échéance : {date}</b> (fin de journée, {timeZone}). L’échéance est jointe sous forme d’événement de calendrier. Environ 500 mots, avec des données statistiques et qualitatives ; joignez les documents de politique nécessaires.',
    'mail.assignment.several.subject':
      '{count} questions de l’examen « {reviewTitle} » vous sont confiées — la première à rendre le {date}',
    'mail.assignment.several.preview': '{count} questions vous sont confiées, la première à rendre le {date}',
    'mail.assignment.several.heading': '{count} questions vous sont confiées',
    'mail.assignment.several.asked':
      'Le coordinateur vous a demandé de répondre à ces questions, par ordre d’échéance :',
    'mail.assignment.several.item':
      'Pour {organisation}, {role}. <b>Échéance : {date}</b> (fin de journée, {timeZone}). {url}',
    'mail.assignment.several.closing':
      'Toutes les échéances figurent dans le fichier de calendrier joint. Environ 500 mots chacune, avec des données statistiques et qualitatives ; joignez les documents de politique nécessaires.',
    'mail.assignment.dueDate.subject': 'Nouvelle échéance pour la question {code} : {date}',
    'mail.assignment.dueDate.body':
      'L’échéance de la contribution de {organisation} passe du {previous} au <b>{date}</b> (fin de journée, {timeZone}). L’événement de calendrier mis à jour est joint.',
    'mail.assignment.changes.subject': 'Modifications demandées pour la question {code} ({organisation})',
    'mail.assignment.changes.heading': 'Modifications demandées pour la question {code}',
    'mail.assignment.changes.action': 'Réviser la contribution',
    'mail.assignment.changes.asks':
      '{by} a examiné la contribution de {organisation} et demande des modifications :',
    'mail.assignment.changes.resubmit':
      'Veuillez la soumettre à nouveau d’ici le {date} (fin de journée, {timeZone}).',
    'mail.assignment.comment.subject': '{by} a commenté la question {code} ({organisation})',
    'mail.assignment.comment.preview': '{by} a commenté la question {code}',
    'mail.assignment.comment.heading': 'Nouveau commentaire sur la question {code}',
    'mail.assignment.comment.action': 'Lire et répondre',
    'mail.assignment.comment.byCoordinator': '{by} (coordinateur)',
    'mail.assignment.comment.wrote': '{who} a écrit au sujet de la contribution de {organisation} :',
    'mail.assignment.comment.answered': '{who} a répondu au sujet de la contribution de {organisation} :',
    'mail.assignment.comment.inAnswerTo': 'En réponse à :',
    'mail.assignment.comment.answerThere':
      'Répondez sur la page de la tâche, afin que toutes les personnes qui y travaillent y lisent votre réponse.',
    'mail.assignment.accepted.subject': 'Contribution à la question {code} acceptée ({organisation})',
    'mail.assignment.accepted.heading': 'Contribution à la question {code} acceptée',
    'mail.assignment.accepted.action': 'Voir la contribution',
    'mail.assignment.accepted.body':
      '{by} a accepté la contribution de {organisation}. Merci — rien d’autre n’est requis pour cette question.',
    'mail.assignment.removed.heading': 'La question {code} n’est plus confiée à {organisation}',
    'mail.assignment.removed.reassigned':
      'Le coordinateur a confié cette question à une autre organisation. Plus rien n’est attendu de {organisation} à ce sujet, et l’échéance du {date} ne s’applique plus : la mise à jour de calendrier jointe la retire de votre calendrier.',
    'mail.assignment.removed.removed':
      'Le coordinateur a supprimé cette tâche. Plus rien n’est attendu de {organisation} à ce sujet, et l’échéance du {date} ne s’applique plus : la mise à jour de calendrier jointe la retire de votre calendrier.',
  },
  es: {
    'mail.assignment.calendar.description':
      '{organisation} ({role, select, lead {principal} other {colaboradora}}).',
    'mail.assignment.role':
      '{role, select, lead {como organización principal} other {como organización colaboradora}}',
    'mail.assignment.openMine': 'Abrir mis tareas',
    'mail.assignment.calendar.title': 'Vencimiento: pregunta {code} — {reviewTitle}',
    'mail.assignment.created.subject':
      'La pregunta {code} del examen «{reviewTitle}» se ha asignado a {organisation} — vence el {date}',
    'mail.assignment.created.preview': 'La pregunta {code} se ha asignado a {organisation}, vence el {date}',
    'mail.assignment.created.heading': 'La pregunta {code} se ha asignado a {organisation}',
    'mail.assignment.created.asked':
      'La coordinación ha pedido a {organisation} que responda a esta pregunta {role}:',
    'mail.assignment.created.due':
      '<b>Vencimiento: {date}</b> (al final del día, {timeZone}). El plazo se adjunta como evento de calendario. Unas 500 palabras, con datos estadísticos y cualitativos; adjunte los documentos de política que sean necesarios.',
    'mail.assignment.several.subject':
      'Se le han asignado {count} preguntas del examen «{reviewTitle}» — la primera vence el {date}',
    'mail.assignment.several.preview': 'Se le han asignado {count} preguntas, la primera vence el {date}',
    'mail.assignment.several.heading': 'Se le han asignado {count} preguntas',
    'mail.assignment.several.asked':
      'La coordinación le ha pedido que responda a estas preguntas, por orden de vencimiento:',
    'mail.assignment.several.item':
      'Para {organisation}, {role}. <b>Vencimiento: {date}</b> (al final del día, {timeZone}). {url}',
    'mail.assignment.several.closing':
      'Todos los plazos figuran en el archivo de calendario adjunto. Unas 500 palabras cada una, con datos estadísticos y cualitativos; adjunte los documentos de política que sean necesarios.',
    'mail.assignment.dueDate.subject': 'Nueva fecha de vencimiento de la pregunta {code}: {date}',
    'mail.assignment.dueDate.body':
      'La fecha de vencimiento de la contribución de {organisation} ha pasado del {previous} al <b>{date}</b> (al final del día, {timeZone}). Se adjunta el evento de calendario actualizado.',
    'mail.assignment.changes.subject': 'Cambios solicitados en la pregunta {code} ({organisation})',
    'mail.assignment.changes.heading': 'Cambios solicitados en la pregunta {code}',
    'mail.assignment.changes.action': 'Revisar la contribución',
    'mail.assignment.changes.asks': '{by} ha examinado la contribución de {organisation} y solicita cambios:',
    'mail.assignment.changes.resubmit':
      'Le rogamos que la presente de nuevo a más tardar el {date} (al final del día, {timeZone}).',
    'mail.assignment.comment.subject': '{by} ha comentado la pregunta {code} ({organisation})',
    'mail.assignment.comment.preview': '{by} ha comentado la pregunta {code}',
    'mail.assignment.comment.heading': 'Nuevo comentario sobre la pregunta {code}',
    'mail.assignment.comment.action': 'Leerlo y responder',
    'mail.assignment.comment.byCoordinator': '{by} (coordinación)',
    'mail.assignment.comment.wrote': '{who} ha escrito sobre la contribución de {organisation}:',
    'mail.assignment.comment.answered': '{who} ha respondido sobre la contribución de {organisation}:',
    'mail.assignment.comment.inAnswerTo': 'En respuesta a:',
    'mail.assignment.comment.answerThere':
      'Responda en la página de la tarea, para que todas las personas que trabajan en ella lean allí su respuesta.',
    'mail.assignment.accepted.subject': 'Contribución a la pregunta {code} aceptada ({organisation})',
    'mail.assignment.accepted.heading': 'Contribución a la pregunta {code} aceptada',
    'mail.assignment.accepted.action': 'Ver la contribución',
    'mail.assignment.accepted.body':
      '{by} ha aceptado la contribución de {organisation}. Muchas gracias: no se necesita nada más para esta pregunta.',
    'mail.assignment.removed.heading': 'La pregunta {code} ya no está asignada a {organisation}',
    'mail.assignment.removed.reassigned':
      'La coordinación ha asignado esta pregunta a otra organización. Ya no se necesita nada más de {organisation} al respecto, y el plazo del {date} deja de aplicarse: la actualización de calendario adjunta lo elimina de su calendario.',
    'mail.assignment.removed.removed':
      'La coordinación ha suprimido esta tarea. Ya no se necesita nada más de {organisation} al respecto, y el plazo del {date} deja de aplicarse: la actualización de calendario adjunta lo elimina de su calendario.',
  },
  ru: {
    'mail.assignment.calendar.description':
      '{organisation} ({role, select, lead {ведущая} other {участвующая}}).',
    'mail.assignment.role':
      '{role, select, lead {в качестве ведущей организации} other {в качестве участвующей организации}}',
    'mail.assignment.openMine': 'Открыть мои задания',
    'mail.assignment.calendar.title': 'Срок: вопрос {code} — {reviewTitle}',
    'mail.assignment.created.subject':
      'Вопрос {code} обзора «{reviewTitle}» поручен организации «{organisation}» — срок {date}',
    'mail.assignment.created.preview': 'Вопрос {code} поручен организации «{organisation}», срок {date}',
    'mail.assignment.created.heading': 'Вопрос {code} поручен организации «{organisation}»',
    'mail.assignment.created.asked':
      'Координатор просит организацию «{organisation}» ответить на этот вопрос {role}:',
    'mail.assignment.created.due':
      '<b>Срок: {date}</b> (до конца дня, {timeZone}). Срок приложен в виде события календаря. Около 500 слов, со статистическими и качественными данными; при необходимости приложите программные документы.',
    'mail.assignment.several.subject':
      'Вам поручены вопросы обзора «{reviewTitle}» ({count}) — первый срок {date}',
    'mail.assignment.several.preview': 'Вам поручены вопросы ({count}), первый срок {date}',
    'mail.assignment.several.heading': 'Вам поручены вопросы: {count}',
    'mail.assignment.several.asked': 'Координатор просит вас ответить на эти вопросы (в порядке сроков):',
    'mail.assignment.several.item':
      'За организацию «{organisation}», {role}. <b>Срок: {date}</b> (до конца дня, {timeZone}). {url}',
    'mail.assignment.several.closing':
      'Все сроки указаны в приложенном файле календаря. Около 500 слов на каждый ответ, со статистическими и качественными данными; при необходимости приложите программные документы.',
    'mail.assignment.dueDate.subject': 'Новый срок по вопросу {code}: {date}',
    'mail.assignment.dueDate.body':
      'Срок представления вклада организации «{organisation}» перенесен с {previous} на <b>{date}</b> (до конца дня, {timeZone}). Обновленное событие календаря приложено.',
    'mail.assignment.changes.subject': 'Запрошены изменения по вопросу {code} ({organisation})',
    'mail.assignment.changes.heading': 'Запрошены изменения по вопросу {code}',
    'mail.assignment.changes.action': 'Доработать вклад',
    'mail.assignment.changes.asks':
      '{by} рассмотрел(а) вклад организации «{organisation}» и просит внести изменения:',
    'mail.assignment.changes.resubmit':
      'Просим представить его повторно до {date} (до конца дня, {timeZone}).',
    'mail.assignment.comment.subject': '{by} прокомментировал(а) вопрос {code} ({organisation})',
    'mail.assignment.comment.preview': '{by} прокомментировал(а) вопрос {code}',
    'mail.assignment.comment.heading': 'Новый комментарий к вопросу {code}',
    'mail.assignment.comment.action': 'Прочитать и ответить',
    'mail.assignment.comment.byCoordinator': '{by} (координатор)',
    'mail.assignment.comment.wrote': '{who} написал(а) о вкладе организации «{organisation}»:',
    'mail.assignment.comment.answered': '{who} ответил(а) по поводу вклада организации «{organisation}»:',
    'mail.assignment.comment.inAnswerTo': 'В ответ на:',
    'mail.assignment.comment.answerThere':
      'Отвечайте на странице задания, чтобы все, кто над ним работает, прочитали ваш ответ там.',
    'mail.assignment.accepted.subject': 'Вклад по вопросу {code} принят ({organisation})',
    'mail.assignment.accepted.heading': 'Вклад по вопросу {code} принят',
    'mail.assignment.accepted.action': 'Посмотреть вклад',
    'mail.assignment.accepted.body':
      '{by} принял(а) вклад организации «{organisation}». Благодарим вас — по этому вопросу больше ничего не требуется.',
    'mail.assignment.removed.heading': 'Вопрос {code} больше не поручен организации «{organisation}»',
    'mail.assignment.removed.reassigned':
      'Координатор передал этот вопрос другой организации. От организации «{organisation}» по нему больше ничего не требуется, и срок {date} больше не действует: приложенное обновление календаря удаляет его из вашего календаря.',
    'mail.assignment.removed.removed':
      'Координатор отменил это задание. От организации «{organisation}» по нему больше ничего не требуется, и срок {date} больше не действует: приложенное обновление календаря удаляет его из вашего календаря.',
  },
  zh: {
    'mail.assignment.calendar.description': '{organisation}（{role, select, lead {牵头} other {参与}}）。',
    'mail.assignment.role': '{role, select, lead {作为牵头组织} other {作为参与组织}}',
    'mail.assignment.openMine': '打开我的任务',
    'mail.assignment.calendar.title': '截止：问题 {code} — {reviewTitle}',
    'mail.assignment.created.subject': '{reviewTitle}的问题 {code} 已分配给 {organisation} — 截止日期 {date}',
    'mail.assignment.created.preview': '问题 {code} 已分配给 {organisation}，截止日期 {date}',
    'mail.assignment.created.heading': '问题 {code} 已分配给 {organisation}',
    'mail.assignment.created.asked': '协调人请 {organisation} {role}回答此问题：',
    'mail.assignment.created.due':
      '<b>截止日期：{date}</b>（当日结束前，{timeZone}）。截止日期已作为日历事件附上。约 500 字，包括统计数据和定性数据；如有需要，请附上政策文件。',
    'mail.assignment.several.subject': '{reviewTitle}的 {count} 个问题已分配给您 — 最早截止日期 {date}',
    'mail.assignment.several.preview': '{count} 个问题已分配给您，最早截止日期 {date}',
    'mail.assignment.several.heading': '{count} 个问题已分配给您',
    'mail.assignment.several.asked': '协调人请您回答以下问题，按截止日期先后排列：',
    'mail.assignment.several.item':
      '代表 {organisation}，{role}。<b>截止日期：{date}</b>（当日结束前，{timeZone}）。{url}',
    'mail.assignment.several.closing':
      '所有截止日期均在所附日历文件中。每个问题约 500 字，包括统计数据和定性数据；如有需要，请附上政策文件。',
    'mail.assignment.dueDate.subject': '问题 {code} 的新截止日期：{date}',
    'mail.assignment.dueDate.body':
      '{organisation} 稿件的截止日期已从 {previous} 改为 <b>{date}</b>（当日结束前，{timeZone}）。已附上更新后的日历事件。',
    'mail.assignment.changes.subject': '问题 {code} 需要修改（{organisation}）',
    'mail.assignment.changes.heading': '问题 {code} 需要修改',
    'mail.assignment.changes.action': '修改稿件',
    'mail.assignment.changes.asks': '{by} 审阅了 {organisation} 的稿件，并要求修改：',
    'mail.assignment.changes.resubmit': '请于 {date}（当日结束前，{timeZone}）之前重新提交。',
    'mail.assignment.comment.subject': '{by} 对问题 {code} 发表了评论（{organisation}）',
    'mail.assignment.comment.preview': '{by} 对问题 {code} 发表了评论',
    'mail.assignment.comment.heading': '问题 {code} 有新评论',
    'mail.assignment.comment.action': '阅读并回复',
    'mail.assignment.comment.byCoordinator': '{by}（协调人）',
    'mail.assignment.comment.wrote': '{who} 就 {organisation} 的稿件写道：',
    'mail.assignment.comment.answered': '{who} 就 {organisation} 的稿件回复：',
    'mail.assignment.comment.inAnswerTo': '回复：',
    'mail.assignment.comment.answerThere':
      '请在任务页面上回复，以便参与此任务的每个人都能在那里看到您的回复。',
    'mail.assignment.accepted.subject': '问题 {code} 的稿件已接受（{organisation}）',
    'mail.assignment.accepted.heading': '问题 {code} 的稿件已接受',
    'mail.assignment.accepted.action': '查看稿件',
    'mail.assignment.accepted.body': '{by} 已接受 {organisation} 的稿件。谢谢——此问题无需再做任何工作。',
    'mail.assignment.removed.heading': '问题 {code} 已不再分配给 {organisation}',
    'mail.assignment.removed.reassigned':
      '协调人已将此问题交给另一个组织。{organisation} 无需再就此问题做任何工作，{date} 的截止日期也不再适用：所附日历更新会将其从您的日历中删除。',
    'mail.assignment.removed.removed':
      '协调人已删除此任务。{organisation} 无需再就此问题做任何工作，{date} 的截止日期也不再适用：所附日历更新会将其从您的日历中删除。',
  },
  ar: {
    'mail.assignment.calendar.description': '{organisation} ({role, select, lead {رائدة} other {مساهمة}}).',
    'mail.assignment.role': '{role, select, lead {بصفتها المنظمة الرائدة} other {بصفتها منظمة مساهمة}}',
    'mail.assignment.openMine': 'افتح مهامي',
    'mail.assignment.calendar.title': 'الموعد: السؤال {code} — {reviewTitle}',
    'mail.assignment.created.subject':
      'أُسند السؤال {code} من {reviewTitle} إلى {organisation} — الموعد {date}',
    'mail.assignment.created.preview': 'أُسند السؤال {code} إلى {organisation}، الموعد {date}',
    'mail.assignment.created.heading': 'أُسند السؤال {code} إلى {organisation}',
    'mail.assignment.created.asked': 'طلب المنسق من {organisation} الإجابة عن هذا السؤال {role}:',
    'mail.assignment.created.due':
      '<b>الموعد: {date}</b> (نهاية اليوم، {timeZone}). الموعد مرفق في صورة حدث تقويم. نحو 500 كلمة، مع بيانات إحصائية ونوعية؛ أرفق وثائق السياسات حسب الحاجة.',
    'mail.assignment.several.subject': 'أُسندت إليك أسئلة من {reviewTitle} (عددها {count}) — أول موعد {date}',
    'mail.assignment.several.preview': 'أُسندت إليك أسئلة (عددها {count})، أول موعد {date}',
    'mail.assignment.several.heading': 'أُسندت إليك أسئلة (عددها {count})',
    'mail.assignment.several.asked': 'طلب منك المنسق الإجابة عن هذه الأسئلة، مرتبة حسب أقرب موعد:',
    'mail.assignment.several.item':
      'باسم {organisation}، {role}. <b>الموعد: {date}</b> (نهاية اليوم، {timeZone}). {url}',
    'mail.assignment.several.closing':
      'جميع المواعيد واردة في ملف التقويم المرفق. نحو 500 كلمة لكل سؤال، مع بيانات إحصائية ونوعية؛ أرفق وثائق السياسات حسب الحاجة.',
    'mail.assignment.dueDate.subject': 'موعد جديد للسؤال {code}: {date}',
    'mail.assignment.dueDate.body':
      'نُقل موعد مساهمة {organisation} من {previous} إلى <b>{date}</b> (نهاية اليوم، {timeZone}). حدث التقويم المحدَّث مرفق.',
    'mail.assignment.changes.subject': 'طُلبت تعديلات على السؤال {code} ({organisation})',
    'mail.assignment.changes.heading': 'طُلبت تعديلات على السؤال {code}',
    'mail.assignment.changes.action': 'راجع المساهمة',
    'mail.assignment.changes.asks': 'اطّلع {by} على مساهمة {organisation} ويطلب إجراء تعديلات:',
    'mail.assignment.changes.resubmit': 'يرجى إعادة تقديمها بحلول {date} (نهاية اليوم، {timeZone}).',
    'mail.assignment.comment.subject': 'علّق {by} على السؤال {code} ({organisation})',
    'mail.assignment.comment.preview': 'علّق {by} على السؤال {code}',
    'mail.assignment.comment.heading': 'تعليق جديد على السؤال {code}',
    'mail.assignment.comment.action': 'اقرأه وردّ عليه',
    'mail.assignment.comment.byCoordinator': '{by} (المنسق)',
    'mail.assignment.comment.wrote': 'كتب {who} بشأن مساهمة {organisation}:',
    'mail.assignment.comment.answered': 'ردّ {who} بشأن مساهمة {organisation}:',
    'mail.assignment.comment.inAnswerTo': 'ردًّا على:',
    'mail.assignment.comment.answerThere': 'ردّ على صفحة المهمة، ليقرأ ردّك هناك كل من يعمل عليها.',
    'mail.assignment.accepted.subject': 'قُبلت المساهمة في السؤال {code} ({organisation})',
    'mail.assignment.accepted.heading': 'قُبلت المساهمة في السؤال {code}',
    'mail.assignment.accepted.action': 'اعرض المساهمة',
    'mail.assignment.accepted.body':
      'قبل {by} مساهمة {organisation}. شكرًا لكم — لا يلزم أي شيء آخر لهذا السؤال.',
    'mail.assignment.removed.heading': 'لم يعد السؤال {code} مسندًا إلى {organisation}',
    'mail.assignment.removed.reassigned':
      'أسند المنسق هذا السؤال إلى منظمة أخرى. لم يعد مطلوبًا من {organisation} أي شيء بشأنه، ولم يعد موعد {date} ساريًا: يزيله تحديث التقويم المرفق من تقويمك.',
    'mail.assignment.removed.removed':
      'ألغى المنسق هذه المهمة. لم يعد مطلوبًا من {organisation} أي شيء بشأنه، ولم يعد موعد {date} ساريًا: يزيله تحديث التقويم المرفق من تقويمك.',
  },
});
