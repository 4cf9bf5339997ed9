import { catalogue } from '@gcm/domain';

/**
 * The reminder e-mails and the frame every e-mail shares (with its salutation), in the six languages. English is exactly
 * what the e-mails said before they were translated (the tests read it word for word).
 */
export const reminderMessages = catalogue({
  en: {
    'mail.dear': 'Dear {name},',
    'mail.footer':
      'Sent by the GCM Review Tracker for the Voluntary Review of the Global Compact for Safe, Orderly and Regular Migration.',
    'mail.footer.reply': ' Reply to this e-mail to reach the coordinator.',
    'mail.orOpen': 'Or open this link: {url}',
    'mail.question': 'Question {code}',
    'mail.openAssignment': 'Open the assignment',
    'mail.state.not_started': 'not started',
    'mail.state.drafting': 'being drafted',
    'mail.state.submitted': 'submitted',
    'mail.state.changes_requested': 'waiting for the requested changes',
    'mail.state.accepted': 'accepted',
    'mail.reminder.subject.before':
      'Reminder: question {code} ({organisation}) is due in {days, plural, one {# day} other {# days}}, on {date}',
    'mail.reminder.subject.today': 'Due today: question {code} ({organisation})',
    'mail.reminder.subject.escalation':
      'Escalation: question {code} ({organisation}) is overdue by {days, plural, one {# day} other {# days}}',
    'mail.reminder.subject.overdue':
      'Overdue by {days, plural, one {# day} other {# days}}: question {code} ({organisation})',
    'mail.reminder.body':
      "{organisation}'s contribution is {state}. It is due on <b>{date}</b> (end of day, {timeZone}).",
    'mail.reminder.escalation':
      'You receive this as {who}: the contribution below is still {state} after its due date{earlier, plural, =0 {. No earlier reminder about it was sent.} one {, despite # earlier reminder.} other {, despite # earlier reminders.}}',
    'mail.reminder.escalatedTo.head': 'the head of {organisation}',
    'mail.reminder.escalatedTo.coordinator': 'the coordinator of the review',
  },
  fr: {
    'mail.dear': 'Bonjour {name},',
    'mail.footer':
      'Envoyé par le suivi de l’examen du PMM pour l’examen volontaire du Pacte mondial pour des migrations sûres, ordonnées et régulières.',
    'mail.footer.reply': ' Répondez à ce courriel pour joindre le coordinateur.',
    'mail.orOpen': 'Ou ouvrez ce lien : {url}',
    'mail.question': 'Question {code}',
    'mail.openAssignment': 'Ouvrir la tâche',
    'mail.state.not_started': 'non commencée',
    'mail.state.drafting': 'en cours de rédaction',
    'mail.state.submitted': 'soumise',
    'mail.state.changes_requested': 'en attente des modifications demandées',
    'mail.state.accepted': 'acceptée',
    'mail.reminder.subject.before':
      'Rappel : la question {code} ({organisation}) est à rendre dans {days, plural, one {# jour} other {# jours}}, le {date}',
    'mail.reminder.subject.today': 'À rendre aujourd’hui : question {code} ({organisation})',
    'mail.reminder.subject.escalation':
      'Signalement : la question {code} ({organisation}) est en retard de {days, plural, one {# jour} other {# jours}}',
    'mail.reminder.subject.overdue':
      'En retard de {days, plural, one {# jour} other {# jours}} : question {code} ({organisation})',
    'mail.reminder.body':
      'La contribution de {organisation} est {state}. Elle est à rendre le <b>{date}</b> (fin de journée, {timeZone}).',
    'mail.reminder.escalation':
      'Vous recevez ce message en tant que {who} : la contribution ci-dessous est toujours {state} après sa date limite{earlier, plural, =0 {. Aucun rappel n’a été envoyé auparavant.} one {, malgré # rappel précédent.} other {, malgré # rappels précédents.}}',
    'mail.reminder.escalatedTo.head': 'responsable de {organisation}',
    'mail.reminder.escalatedTo.coordinator': 'coordinateur de l’examen',
  },
  es: {
    'mail.dear': 'Estimado/a {name}:',
    'mail.footer':
      'Enviado por el seguimiento del examen del PMM para el examen voluntario del Pacto Mundial para una Migración Segura, Ordenada y Regular.',
    'mail.footer.reply': ' Responda a este correo para comunicarse con la coordinación.',
    'mail.orOpen': 'O abra este enlace: {url}',
    'mail.question': 'Pregunta {code}',
    'mail.openAssignment': 'Abrir la tarea',
    'mail.state.not_started': 'sin empezar',
    'mail.state.drafting': 'en redacción',
    'mail.state.submitted': 'presentada',
    'mail.state.changes_requested': 'a la espera de los cambios solicitados',
    'mail.state.accepted': 'aceptada',
    'mail.reminder.subject.before':
      'Recordatorio: la pregunta {code} ({organisation}) vence en {days, plural, one {# día} other {# días}}, el {date}',
    'mail.reminder.subject.today': 'Vence hoy: pregunta {code} ({organisation})',
    'mail.reminder.subject.escalation':
      'Escalamiento: la pregunta {code} ({organisation}) lleva {days, plural, one {# día} other {# días}} de retraso',
    'mail.reminder.subject.overdue':
      '{days, plural, one {# día} other {# días}} de retraso: pregunta {code} ({organisation})',
    'mail.reminder.body':
      'La contribución de {organisation} está {state}. Vence el <b>{date}</b> (al final del día, {timeZone}).',
    'mail.reminder.escalation':
      'Recibe este mensaje como {who}: la contribución siguiente sigue {state} después de su fecha límite{earlier, plural, =0 {. No se envió ningún recordatorio antes.} one {, pese a # recordatorio anterior.} other {, pese a # recordatorios anteriores.}}',
    'mail.reminder.escalatedTo.head': 'titular de {organisation}',
    'mail.reminder.escalatedTo.coordinator': 'coordinación del examen',
  },
  ru: {
    'mail.dear': 'Уважаемый(-ая) {name}!',
    'mail.footer':
      'Отправлено системой отслеживания обзора ГДМ для добровольного обзора Глобального договора о безопасной, упорядоченной и легальной миграции.',
    'mail.footer.reply': ' Ответьте на это письмо, чтобы связаться с координатором.',
    'mail.orOpen': 'Или откройте эту ссылку: {url}',
    'mail.question': 'Вопрос {code}',
    'mail.openAssignment': 'Открыть задание',
    'mail.state.not_started': 'не начат',
    'mail.state.drafting': 'в работе',
    'mail.state.submitted': 'представлен',
    'mail.state.changes_requested': 'ожидает запрошенных изменений',
    'mail.state.accepted': 'принят',
    'mail.reminder.subject.before':
      'Напоминание: ответ на вопрос {code} ({organisation}) нужно представить через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}, {date}',
    'mail.reminder.subject.today': 'Срок сегодня: вопрос {code} ({organisation})',
    'mail.reminder.subject.escalation':
      'Эскалация: ответ на вопрос {code} ({organisation}) просрочен на {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}',
    'mail.reminder.subject.overdue':
      'Просрочено на {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}: вопрос {code} ({organisation})',
    'mail.reminder.body':
      'Вклад организации «{organisation}»: {state}. Срок представления — <b>{date}</b> (до конца дня, {timeZone}).',
    'mail.reminder.escalation':
      'Вы получили это письмо как {who}: вклад ниже по-прежнему {state} после установленного срока{earlier, plural, =0 {. Ранее напоминаний не отправлялось.} one {, несмотря на # предыдущее напоминание.} few {, несмотря на # предыдущих напоминания.} many {, несмотря на # предыдущих напоминаний.} other {, несмотря на # предыдущего напоминания.}}',
    'mail.reminder.escalatedTo.head': 'руководитель организации «{organisation}»',
    'mail.reminder.escalatedTo.coordinator': 'координатор обзора',
  },
  zh: {
    'mail.dear': '{name}，您好：',
    'mail.footer': '由移民全球契约审查跟踪系统为《安全、有序和正常移民全球契约》自愿审查发送。',
    'mail.footer.reply': '回复此邮件即可联系协调人。',
    'mail.orOpen': '或打开此链接：{url}',
    'mail.question': '问题 {code}',
    'mail.openAssignment': '打开任务',
    'mail.state.not_started': '尚未开始',
    'mail.state.drafting': '正在起草',
    'mail.state.submitted': '已提交',
    'mail.state.changes_requested': '等待所要求的修改',
    'mail.state.accepted': '已接受',
    'mail.reminder.subject.before': '提醒：问题 {code}（{organisation}）将于 {days} 天后，即 {date} 到期',
    'mail.reminder.subject.today': '今天到期：问题 {code}（{organisation}）',
    'mail.reminder.subject.escalation': '升级通知：问题 {code}（{organisation}）已逾期 {days} 天',
    'mail.reminder.subject.overdue': '已逾期 {days} 天：问题 {code}（{organisation}）',
    'mail.reminder.body':
      '{organisation} 的稿件{state}。截止日期为 <b>{date}</b>（当日结束前，{timeZone}）。',
    'mail.reminder.escalation':
      '您以{who}的身份收到此邮件：以下稿件在截止日期后仍{state}{earlier, plural, =0 {。此前未发送过提醒。} other {，此前已发送 # 次提醒。}}',
    'mail.reminder.escalatedTo.head': '{organisation}负责人',
    'mail.reminder.escalatedTo.coordinator': '审查协调人',
  },
  ar: {
    'mail.dear': 'السيد/السيدة {name}،',
    'mail.footer':
      'أرسله نظام متابعة استعراض الاتفاق العالمي للهجرة للاستعراض الطوعي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.',
    'mail.footer.reply': ' ردّ على هذه الرسالة للتواصل مع المنسق.',
    'mail.orOpen': 'أو افتح هذا الرابط: {url}',
    'mail.question': 'السؤال {code}',
    'mail.openAssignment': 'افتح المهمة',
    'mail.state.not_started': 'لم تبدأ',
    'mail.state.drafting': 'قيد الصياغة',
    'mail.state.submitted': 'مقدَّمة',
    'mail.state.changes_requested': 'بانتظار التعديلات المطلوبة',
    'mail.state.accepted': 'مقبولة',
    'mail.reminder.subject.before':
      'تذكير: يحين موعد السؤال {code} ({organisation}) بعد {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}، في {date}',
    'mail.reminder.subject.today': 'الموعد اليوم: السؤال {code} ({organisation})',
    'mail.reminder.subject.escalation':
      'تصعيد: تأخر السؤال {code} ({organisation}) {days, plural, zero {# يوم} one {يومًا واحدًا} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}',
    'mail.reminder.subject.overdue':
      'متأخر {days, plural, zero {# يوم} one {يومًا واحدًا} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}: السؤال {code} ({organisation})',
    'mail.reminder.body': 'مساهمة {organisation} {state}. موعدها <b>{date}</b> (نهاية اليوم، {timeZone}).',
    'mail.reminder.escalation':
      'تصلك هذه الرسالة بصفتك {who}: المساهمة أدناه لا تزال {state} بعد موعدها{earlier, plural, =0 {. لم يُرسل أي تذكير بشأنها من قبل.} one {، رغم تذكير سابق واحد.} two {، رغم تذكيرين سابقين.} few {، رغم # تذكيرات سابقة.} many {، رغم # تذكيرًا سابقًا.} other {، رغم # تذكير سابق.}}',
    'mail.reminder.escalatedTo.head': 'رئيس {organisation}',
    'mail.reminder.escalatedTo.coordinator': 'منسق الاستعراض',
  },
});
