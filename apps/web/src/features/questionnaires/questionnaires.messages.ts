import { catalogue } from '@gcm/domain';

/**
 * The review's copy of its questionnaire: the page, each question's card, the coordinator's forms
 * (tailor a question, add a national question and its columns) and the applicability toggle. The
 * questionnaire's own texts (titles, prompts, guidance, column titles) are data in the template's
 * language and are never here. `<hidden>` wraps words only a screen reader says.
 */
export const questionnairesMessages = catalogue({
  en: {
    'questionnaires.page.title': 'Questionnaire',
    'questionnaires.lead.version': '{title}, version {version}.',
    'questionnaires.lead.coordinator':
      'Reword the guidance and word targets for this review, mark the questions that do not apply to the State, and add questions of its own. The questionnaire itself stays as it is.',
    'questionnaires.lead.other': 'The questions of this review with their guidance.',
    'questionnaires.section.empty': 'No questions.',

    'questionnaires.kind.narrative': 'Text',
    'questionnaires.kind.principles_checklist': 'Guiding principles checklist',
    'questionnaires.kind.priority_objectives': 'Priority objectives (from the vote)',
    'questionnaires.kind.table': 'Table',
    'questionnaires.kind.tableColumns': 'Table: {columns}',

    'questionnaires.card.code': 'Question {code}',
    'questionnaires.card.national': 'National question',
    'questionnaires.card.noGuidance': 'None',
    'questionnaires.card.about': 'about {count, plural, one {{count} word} other {{count} words}}',
    'questionnaires.card.saved': 'The guidance of question {code} is saved.',
    'questionnaires.card.edit': 'Edit guidance<hidden> of question {code}</hidden>',

    'questionnaires.field.question': 'Question',
    'questionnaires.field.guidance': 'Guidance',
    'questionnaires.field.wordTarget': 'Word target',
    'questionnaires.field.answeredAs': 'Answered as',

    'questionnaires.tailor.label': 'Guidance of question {code}',
    'questionnaires.tailor.changed': 'question {code}',
    'questionnaires.tailor.reload': 'Reload the question',
    'questionnaires.tailor.saveFailed': 'The question could not be saved',
    'questionnaires.tailor.guidanceHint':
      'What the answer should cover, as contributors and the coordinator see it.',
    'questionnaires.tailor.save': 'Save the guidance',
    'questionnaires.tailor.saving': 'Saving…',
    'questionnaires.tailor.cancel': 'Cancel',

    'questionnaires.add.title': 'Add a national question',
    'questionnaires.add.intro':
      'A question the State asks itself beyond the questionnaire. It is answered and compiled like the others, and marked as national.',
    'questionnaires.add.added': 'Question {code} is added.',
    'questionnaires.add.code': 'Code',
    'questionnaires.add.codeHint': 'Unique in the review, such as N1 or 10a.',
    'questionnaires.add.after': 'After question',
    'questionnaires.add.submit': 'Add the question',
    'questionnaires.add.adding': 'Adding…',
    'questionnaires.add.failed': 'The question could not be added',

    'questionnaires.applicability.loading': 'Loading the answer…',
    'questionnaires.applicability.loadError': "The answer's status could not be loaded.",
    'questionnaires.applicability.notApplicable': 'Not applicable',
    'questionnaires.applicability.applicableAgain': 'Applicable again<hidden> (question {code})</hidden>',
    'questionnaires.applicability.mark': 'Mark not applicable<hidden> (question {code})</hidden>',
    'questionnaires.applicability.changed': 'the answer to question {code}',
    'questionnaires.applicability.reload': 'Reload the answer',
    'questionnaires.applicability.failed': 'Question {code} could not be changed',

    'questionnaires.columns.legend': 'Columns',
    'questionnaires.columns.hint': "One title per column, as the table's heading shows it.",
    'questionnaires.columns.title': 'Column {number} title',
    'questionnaires.columns.remove': 'Remove<hidden> column {number}</hidden>',
    'questionnaires.columns.add': 'Add a column',
  },
  fr: {
    'questionnaires.page.title': 'Questionnaire',
    'questionnaires.lead.version': '{title}, version {version}.',
    'questionnaires.lead.coordinator':
      'Reformulez les conseils et le nombre de mots visé pour cet examen, signalez les questions qui ne s’appliquent pas à l’État et ajoutez ses propres questions. Le questionnaire lui-même reste inchangé.',
    'questionnaires.lead.other': 'Les questions de cet examen et leurs conseils.',
    'questionnaires.section.empty': 'Aucune question.',

    'questionnaires.kind.narrative': 'Texte',
    'questionnaires.kind.principles_checklist': 'Liste de contrôle des principes directeurs',
    'questionnaires.kind.priority_objectives': 'Objectifs prioritaires (issus du vote)',
    'questionnaires.kind.table': 'Tableau',
    'questionnaires.kind.tableColumns': 'Tableau : {columns}',

    'questionnaires.card.code': 'Question {code}',
    'questionnaires.card.national': 'Question nationale',
    'questionnaires.card.noGuidance': 'Aucun',
    'questionnaires.card.about': 'environ {count, plural, one {{count} mot} other {{count} mots}}',
    'questionnaires.card.saved': 'Les conseils de la question {code} sont enregistrés.',
    'questionnaires.card.edit': 'Modifier les conseils<hidden> de la question {code}</hidden>',

    'questionnaires.field.question': 'Question',
    'questionnaires.field.guidance': 'Conseils',
    'questionnaires.field.wordTarget': 'Nombre de mots visé',
    'questionnaires.field.answeredAs': 'Forme de la réponse',

    'questionnaires.tailor.label': 'Conseils de la question {code}',
    'questionnaires.tailor.changed': 'la question {code}',
    'questionnaires.tailor.reload': 'Recharger la question',
    'questionnaires.tailor.saveFailed': 'La question n’a pas pu être enregistrée',
    'questionnaires.tailor.guidanceHint':
      'Ce que la réponse doit couvrir, tel que les contributeurs et le coordinateur le voient.',
    'questionnaires.tailor.save': 'Enregistrer les conseils',
    'questionnaires.tailor.saving': 'Enregistrement…',
    'questionnaires.tailor.cancel': 'Annuler',

    'questionnaires.add.title': 'Ajouter une question nationale',
    'questionnaires.add.intro':
      'Une question que l’État se pose au-delà du questionnaire. Elle reçoit une réponse et est compilée comme les autres, avec la mention « nationale ».',
    'questionnaires.add.added': 'La question {code} est ajoutée.',
    'questionnaires.add.code': 'Code',
    'questionnaires.add.codeHint': 'Unique dans l’examen, par exemple N1 ou 10a.',
    'questionnaires.add.after': 'Après la question',
    'questionnaires.add.submit': 'Ajouter la question',
    'questionnaires.add.adding': 'Ajout…',
    'questionnaires.add.failed': 'La question n’a pas pu être ajoutée',

    'questionnaires.applicability.loading': 'Chargement de la réponse…',
    'questionnaires.applicability.loadError': 'Le statut de la réponse n’a pas pu être chargé.',
    'questionnaires.applicability.notApplicable': 'Sans objet',
    'questionnaires.applicability.applicableAgain':
      'De nouveau applicable<hidden> (question {code})</hidden>',
    'questionnaires.applicability.mark': 'Marquer sans objet<hidden> (question {code})</hidden>',
    'questionnaires.applicability.changed': 'la réponse à la question {code}',
    'questionnaires.applicability.reload': 'Recharger la réponse',
    'questionnaires.applicability.failed': 'La question {code} n’a pas pu être modifiée',

    'questionnaires.columns.legend': 'Colonnes',
    'questionnaires.columns.hint': 'Un titre par colonne, tel que l’en-tête du tableau l’affiche.',
    'questionnaires.columns.title': 'Titre de la colonne {number}',
    'questionnaires.columns.remove': 'Supprimer<hidden> la colonne {number}</hidden>',
    'questionnaires.columns.add': 'Ajouter une colonne',
  },
  es: {
    'questionnaires.page.title': 'Cuestionario',
    'questionnaires.lead.version': '{title}, versión {version}.',
    'questionnaires.lead.coordinator':
      'Reformule la orientación y la extensión prevista para este examen, marque las preguntas que no se aplican al Estado y añada preguntas propias. El cuestionario en sí no cambia.',
    'questionnaires.lead.other': 'Las preguntas de este examen con su orientación.',
    'questionnaires.section.empty': 'No hay preguntas.',

    'questionnaires.kind.narrative': 'Texto',
    'questionnaires.kind.principles_checklist': 'Lista de verificación de los principios rectores',
    'questionnaires.kind.priority_objectives': 'Objetivos prioritarios (de la votación)',
    'questionnaires.kind.table': 'Tabla',
    'questionnaires.kind.tableColumns': 'Tabla: {columns}',

    'questionnaires.card.code': 'Pregunta {code}',
    'questionnaires.card.national': 'Pregunta nacional',
    'questionnaires.card.noGuidance': 'Ninguna',
    'questionnaires.card.about': 'unas {count, plural, one {{count} palabra} other {{count} palabras}}',
    'questionnaires.card.saved': 'Se ha guardado la orientación de la pregunta {code}.',
    'questionnaires.card.edit': 'Editar la orientación<hidden> de la pregunta {code}</hidden>',

    'questionnaires.field.question': 'Pregunta',
    'questionnaires.field.guidance': 'Orientación',
    'questionnaires.field.wordTarget': 'Extensión prevista (palabras)',
    'questionnaires.field.answeredAs': 'Forma de respuesta',

    'questionnaires.tailor.label': 'Orientación de la pregunta {code}',
    'questionnaires.tailor.changed': 'la pregunta {code}',
    'questionnaires.tailor.reload': 'Volver a cargar la pregunta',
    'questionnaires.tailor.saveFailed': 'No se pudo guardar la pregunta',
    'questionnaires.tailor.guidanceHint':
      'Lo que debe abarcar la respuesta, tal como lo ven los colaboradores y el coordinador.',
    'questionnaires.tailor.save': 'Guardar la orientación',
    'questionnaires.tailor.saving': 'Guardando…',
    'questionnaires.tailor.cancel': 'Cancelar',

    'questionnaires.add.title': 'Añadir una pregunta nacional',
    'questionnaires.add.intro':
      'Una pregunta que el Estado se plantea más allá del cuestionario. Se responde y se compila como las demás, y se marca como nacional.',
    'questionnaires.add.added': 'Se ha añadido la pregunta {code}.',
    'questionnaires.add.code': 'Código',
    'questionnaires.add.codeHint': 'Único en el examen, por ejemplo N1 o 10a.',
    'questionnaires.add.after': 'Después de la pregunta',
    'questionnaires.add.submit': 'Añadir la pregunta',
    'questionnaires.add.adding': 'Añadiendo…',
    'questionnaires.add.failed': 'No se pudo añadir la pregunta',

    'questionnaires.applicability.loading': 'Cargando la respuesta…',
    'questionnaires.applicability.loadError': 'No se pudo cargar el estado de la respuesta.',
    'questionnaires.applicability.notApplicable': 'No procede',
    'questionnaires.applicability.applicableAgain': 'Vuelve a proceder<hidden> (pregunta {code})</hidden>',
    'questionnaires.applicability.mark': 'Marcar como no procedente<hidden> (pregunta {code})</hidden>',
    'questionnaires.applicability.changed': 'la respuesta a la pregunta {code}',
    'questionnaires.applicability.reload': 'Volver a cargar la respuesta',
    'questionnaires.applicability.failed': 'No se pudo modificar la pregunta {code}',

    'questionnaires.columns.legend': 'Columnas',
    'questionnaires.columns.hint': 'Un título por columna, tal como lo muestra el encabezado de la tabla.',
    'questionnaires.columns.title': 'Título de la columna {number}',
    'questionnaires.columns.remove': 'Quitar<hidden> la columna {number}</hidden>',
    'questionnaires.columns.add': 'Añadir una columna',
  },
  ru: {
    'questionnaires.page.title': 'Вопросник',
    'questionnaires.lead.version': '{title}, версия {version}.',
    'questionnaires.lead.coordinator':
      'Измените рекомендации и целевой объём ответов для этого обзора, отметьте вопросы, неприменимые к государству, и добавьте его собственные вопросы. Сам вопросник остаётся без изменений.',
    'questionnaires.lead.other': 'Вопросы этого обзора с рекомендациями к ним.',
    'questionnaires.section.empty': 'Вопросов нет.',

    'questionnaires.kind.narrative': 'Текст',
    'questionnaires.kind.principles_checklist': 'Контрольный перечень руководящих принципов',
    'questionnaires.kind.priority_objectives': 'Приоритетные цели (по итогам голосования)',
    'questionnaires.kind.table': 'Таблица',
    'questionnaires.kind.tableColumns': 'Таблица: {columns}',

    'questionnaires.card.code': 'Вопрос {code}',
    'questionnaires.card.national': 'Национальный вопрос',
    'questionnaires.card.noGuidance': 'Нет',
    'questionnaires.card.about':
      'около {count, plural, one {{count} слова} few {{count} слов} many {{count} слов} other {{count} слова}}',
    'questionnaires.card.saved': 'Рекомендации к вопросу {code} сохранены.',
    'questionnaires.card.edit': 'Изменить рекомендации<hidden> к вопросу {code}</hidden>',

    'questionnaires.field.question': 'Вопрос',
    'questionnaires.field.guidance': 'Рекомендации',
    'questionnaires.field.wordTarget': 'Целевой объём (слов)',
    'questionnaires.field.answeredAs': 'Форма ответа',

    'questionnaires.tailor.label': 'Рекомендации к вопросу {code}',
    'questionnaires.tailor.changed': 'вопрос {code}',
    'questionnaires.tailor.reload': 'Перезагрузить вопрос',
    'questionnaires.tailor.saveFailed': 'Не удалось сохранить вопрос',
    'questionnaires.tailor.guidanceHint':
      'Что должен охватывать ответ — так, как это видят участники и координатор.',
    'questionnaires.tailor.save': 'Сохранить рекомендации',
    'questionnaires.tailor.saving': 'Сохранение…',
    'questionnaires.tailor.cancel': 'Отмена',

    'questionnaires.add.title': 'Добавить национальный вопрос',
    'questionnaires.add.intro':
      'Вопрос, который государство ставит перед собой помимо вопросника. Ответ на него готовится и сводится так же, как на остальные, с пометкой «национальный».',
    'questionnaires.add.added': 'Вопрос {code} добавлен.',
    'questionnaires.add.code': 'Код',
    'questionnaires.add.codeHint': 'Уникальный в пределах обзора, например N1 или 10a.',
    'questionnaires.add.after': 'После вопроса',
    'questionnaires.add.submit': 'Добавить вопрос',
    'questionnaires.add.adding': 'Добавление…',
    'questionnaires.add.failed': 'Не удалось добавить вопрос',

    'questionnaires.applicability.loading': 'Загрузка ответа…',
    'questionnaires.applicability.loadError': 'Не удалось загрузить статус ответа.',
    'questionnaires.applicability.notApplicable': 'Неприменимо',
    'questionnaires.applicability.applicableAgain': 'Снова применимо<hidden> (вопрос {code})</hidden>',
    'questionnaires.applicability.mark': 'Отметить как неприменимый<hidden> (вопрос {code})</hidden>',
    'questionnaires.applicability.changed': 'ответ на вопрос {code}',
    'questionnaires.applicability.reload': 'Перезагрузить ответ',
    'questionnaires.applicability.failed': 'Не удалось изменить вопрос {code}',

    'questionnaires.columns.legend': 'Столбцы',
    'questionnaires.columns.hint': 'По одному заголовку на столбец — так, как он показан в шапке таблицы.',
    'questionnaires.columns.title': 'Заголовок столбца {number}',
    'questionnaires.columns.remove': 'Удалить<hidden> столбец {number}</hidden>',
    'questionnaires.columns.add': 'Добавить столбец',
  },
  zh: {
    'questionnaires.page.title': '调查问卷',
    'questionnaires.lead.version': '{title}，第 {version} 版。',
    'questionnaires.lead.coordinator':
      '为本审查改写指导和目标字数，标出不适用于该国的问题，并添加该国自己的问题。调查问卷本身保持不变。',
    'questionnaires.lead.other': '本审查的问题及其指导。',
    'questionnaires.section.empty': '没有问题。',

    'questionnaires.kind.narrative': '文字',
    'questionnaires.kind.principles_checklist': '指导原则核对表',
    'questionnaires.kind.priority_objectives': '优先目标（来自投票）',
    'questionnaires.kind.table': '表格',
    'questionnaires.kind.tableColumns': '表格：{columns}',

    'questionnaires.card.code': '问题 {code}',
    'questionnaires.card.national': '国家问题',
    'questionnaires.card.noGuidance': '无',
    'questionnaires.card.about': '约 {count, plural, other {{count} 字}}',
    'questionnaires.card.saved': '问题 {code} 的指导已保存。',
    'questionnaires.card.edit': '编辑<hidden>问题 {code} 的</hidden>指导',

    'questionnaires.field.question': '问题',
    'questionnaires.field.guidance': '指导',
    'questionnaires.field.wordTarget': '目标字数',
    'questionnaires.field.answeredAs': '答复形式',

    'questionnaires.tailor.label': '问题 {code} 的指导',
    'questionnaires.tailor.changed': '问题 {code}',
    'questionnaires.tailor.reload': '重新加载该问题',
    'questionnaires.tailor.saveFailed': '无法保存该问题',
    'questionnaires.tailor.guidanceHint': '答复应涵盖的内容，撰稿方和协调人均可看到。',
    'questionnaires.tailor.save': '保存指导',
    'questionnaires.tailor.saving': '正在保存…',
    'questionnaires.tailor.cancel': '取消',

    'questionnaires.add.title': '添加国家问题',
    'questionnaires.add.intro':
      '该国在调查问卷之外自行提出的问题。其答复和汇编方式与其他问题相同，并标为国家问题。',
    'questionnaires.add.added': '问题 {code} 已添加。',
    'questionnaires.add.code': '编号',
    'questionnaires.add.codeHint': '在本审查中唯一，例如 N1 或 10a。',
    'questionnaires.add.after': '位于此问题之后',
    'questionnaires.add.submit': '添加问题',
    'questionnaires.add.adding': '正在添加…',
    'questionnaires.add.failed': '无法添加该问题',

    'questionnaires.applicability.loading': '正在加载答复…',
    'questionnaires.applicability.loadError': '无法加载答复的状态。',
    'questionnaires.applicability.notApplicable': '不适用',
    'questionnaires.applicability.applicableAgain': '恢复为适用<hidden>（问题 {code}）</hidden>',
    'questionnaires.applicability.mark': '标为不适用<hidden>（问题 {code}）</hidden>',
    'questionnaires.applicability.changed': '问题 {code} 的答复',
    'questionnaires.applicability.reload': '重新加载答复',
    'questionnaires.applicability.failed': '无法更改问题 {code}',

    'questionnaires.columns.legend': '列',
    'questionnaires.columns.hint': '每列一个标题，即表头所显示的标题。',
    'questionnaires.columns.title': '第 {number} 列标题',
    'questionnaires.columns.remove': '删除<hidden>第 {number} 列</hidden>',
    'questionnaires.columns.add': '添加一列',
  },
  ar: {
    'questionnaires.page.title': 'الاستبيان',
    'questionnaires.lead.version': '{title}، الإصدار {version}.',
    'questionnaires.lead.coordinator':
      'أعد صياغة الإرشادات وعدد الكلمات المستهدف لهذا الاستعراض، وحدّد الأسئلة التي لا تنطبق على الدولة، وأضف أسئلتها الخاصة. ويبقى الاستبيان نفسه كما هو.',
    'questionnaires.lead.other': 'أسئلة هذا الاستعراض مع إرشاداتها.',
    'questionnaires.section.empty': 'لا توجد أسئلة.',

    'questionnaires.kind.narrative': 'نص',
    'questionnaires.kind.principles_checklist': 'قائمة التحقق من المبادئ التوجيهية',
    'questionnaires.kind.priority_objectives': 'الأهداف ذات الأولوية (من التصويت)',
    'questionnaires.kind.table': 'جدول',
    'questionnaires.kind.tableColumns': 'جدول: {columns}',

    'questionnaires.card.code': 'السؤال {code}',
    'questionnaires.card.national': 'سؤال وطني',
    'questionnaires.card.noGuidance': 'لا شيء',
    'questionnaires.card.about':
      'نحو {count, plural, zero {{count} كلمة} one {كلمة واحدة} two {كلمتين} few {{count} كلمات} many {{count} كلمة} other {{count} كلمة}}',
    'questionnaires.card.saved': 'حُفظت إرشادات السؤال {code}.',
    'questionnaires.card.edit': 'تحرير الإرشادات<hidden> للسؤال {code}</hidden>',

    'questionnaires.field.question': 'السؤال',
    'questionnaires.field.guidance': 'الإرشادات',
    'questionnaires.field.wordTarget': 'عدد الكلمات المستهدف',
    'questionnaires.field.answeredAs': 'شكل الإجابة',

    'questionnaires.tailor.label': 'إرشادات السؤال {code}',
    'questionnaires.tailor.changed': 'السؤال {code}',
    'questionnaires.tailor.reload': 'إعادة تحميل السؤال',
    'questionnaires.tailor.saveFailed': 'تعذّر حفظ السؤال',
    'questionnaires.tailor.guidanceHint': 'ما ينبغي أن تتناوله الإجابة، كما يراه المساهمون والمنسق.',
    'questionnaires.tailor.save': 'حفظ الإرشادات',
    'questionnaires.tailor.saving': 'جارٍ الحفظ…',
    'questionnaires.tailor.cancel': 'إلغاء',

    'questionnaires.add.title': 'إضافة سؤال وطني',
    'questionnaires.add.intro':
      'سؤال تطرحه الدولة على نفسها خارج الاستبيان. ويُجاب عنه ويُجمَع مثل الأسئلة الأخرى، ويُوسم بأنه وطني.',
    'questionnaires.add.added': 'أُضيف السؤال {code}.',
    'questionnaires.add.code': 'الرمز',
    'questionnaires.add.codeHint': 'فريد في الاستعراض، مثل N1 أو 10a.',
    'questionnaires.add.after': 'بعد السؤال',
    'questionnaires.add.submit': 'إضافة السؤال',
    'questionnaires.add.adding': 'جارٍ الإضافة…',
    'questionnaires.add.failed': 'تعذّرت إضافة السؤال',

    'questionnaires.applicability.loading': 'جارٍ تحميل الإجابة…',
    'questionnaires.applicability.loadError': 'تعذّر تحميل حالة الإجابة.',
    'questionnaires.applicability.notApplicable': 'لا ينطبق',
    'questionnaires.applicability.applicableAgain': 'ينطبق مجددًا<hidden> (السؤال {code})</hidden>',
    'questionnaires.applicability.mark': 'وسم بأنه لا ينطبق<hidden> (السؤال {code})</hidden>',
    'questionnaires.applicability.changed': 'الإجابة عن السؤال {code}',
    'questionnaires.applicability.reload': 'إعادة تحميل الإجابة',
    'questionnaires.applicability.failed': 'تعذّر تغيير السؤال {code}',

    'questionnaires.columns.legend': 'الأعمدة',
    'questionnaires.columns.hint': 'عنوان واحد لكل عمود، كما يظهر في رأس الجدول.',
    'questionnaires.columns.title': 'عنوان العمود {number}',
    'questionnaires.columns.remove': 'إزالة<hidden> العمود {number}</hidden>',
    'questionnaires.columns.add': 'إضافة عمود',
  },
});
