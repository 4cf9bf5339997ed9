/**
 * The titles of the 23 GCM objectives (GA resolution 73/195, para 16) and of the four clusters (the
 * round tables of the IMRF), in the six languages, for the vote screens' catalogue. English is exactly
 * `GCM_OBJECTIVES` / `CLUSTERS` of @gcm/domain (a test holds it so); the other languages follow the
 * resolution's official texts.
 */
type ObjectiveKey = `votes.objective.${
  | 1
  | 2
  | 3
  | 4
  | 5
  | 6
  | 7
  | 8
  | 9
  | 10
  | 11
  | 12
  | 13
  | 14
  | 15
  | 16
  | 17
  | 18
  | 19
  | 20
  | 21
  | 22
  | 23}`;
type ClusterKey = `votes.cluster.${1 | 2 | 3 | 4}`;
type Titles = Record<ObjectiveKey | ClusterKey, string>;

export const EN_TITLES = {
  'votes.objective.1':
    'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
  'votes.objective.2':
    'Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
  'votes.objective.3': 'Provide accurate and timely information at all stages of migration',
  'votes.objective.4': 'Ensure that all migrants have proof of legal identity and adequate documentation',
  'votes.objective.5': 'Enhance availability and flexibility of pathways for regular migration',
  'votes.objective.6':
    'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work',
  'votes.objective.7': 'Address and reduce vulnerabilities in migration',
  'votes.objective.8': 'Save lives and establish coordinated international efforts on missing migrants',
  'votes.objective.9': 'Strengthen the transnational response to smuggling of migrants',
  'votes.objective.10':
    'Prevent, combat and eradicate trafficking in persons in the context of international migration',
  'votes.objective.11': 'Manage borders in an integrated, secure and coordinated manner',
  'votes.objective.12':
    'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
  'votes.objective.13':
    'Use migration detention only as a measure of last resort and work towards alternatives',
  'votes.objective.14':
    'Enhance consular protection, assistance and cooperation throughout the migration cycle',
  'votes.objective.15': 'Provide access to basic services for migrants',
  'votes.objective.16': 'Empower migrants and societies to realize full inclusion and social cohesion',
  'votes.objective.17':
    'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
  'votes.objective.18':
    'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
  'votes.objective.19':
    'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries',
  'votes.objective.20':
    'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants',
  'votes.objective.21':
    'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
  'votes.objective.22':
    'Establish mechanisms for the portability of social security entitlements and earned benefits',
  'votes.objective.23':
    'Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
  'votes.cluster.1': 'Ensuring that migration is voluntary, orderly and regular',
  'votes.cluster.2': 'Protecting migrants through rights-based border governance measures',
  'votes.cluster.3': 'Supporting the integration of migrants and their contribution to development',
  'votes.cluster.4':
    'Improving value-driven and evidence-based policymaking and public debate, and enhancing cooperation on migration',
} as const satisfies Titles;

export const FR_TITLES: Titles = {
  'votes.objective.1':
    'Collecter et utiliser des données précises et ventilées qui serviront à l’élaboration de politiques fondées sur la connaissance des faits',
  'votes.objective.2':
    'Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d’origine',
  'votes.objective.3':
    'Fournir dans les meilleurs délais des informations exactes à toutes les étapes de la migration',
  'votes.objective.4': 'Munir tous les migrants d’une preuve d’identité légale et de papiers adéquats',
  'votes.objective.5':
    'Faire en sorte que les filières de migration régulière soient accessibles et plus souples',
  'votes.objective.6':
    'Favoriser des pratiques de recrutement justes et éthiques et assurer les conditions d’un travail décent',
  'votes.objective.7': 'S’attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire',
  'votes.objective.8':
    'Sauver des vies et mettre en place une action internationale coordonnée en faveur des migrants disparus',
  'votes.objective.9': 'Renforcer l’action transnationale face au trafic de migrants',
  'votes.objective.10':
    'Prévenir, combattre et éliminer la traite de personnes dans le cadre des migrations internationales',
  'votes.objective.11': 'Gérer les frontières de manière intégrée, sûre et coordonnée',
  'votes.objective.12':
    'Renforcer la sécurité juridique et la prévisibilité des procédures migratoires pour garantir des mesures de contrôle, d’évaluation et d’orientation appropriées',
  'votes.objective.13':
    'Ne recourir au placement en rétention administrative des migrants qu’en dernier ressort et chercher des solutions de rechange',
  'votes.objective.14':
    'Renforcer la protection, l’assistance et la coopération consulaires tout au long du cycle migratoire',
  'votes.objective.15': 'Assurer l’accès des migrants aux services de base',
  'votes.objective.16':
    'Donner aux migrants et aux sociétés les moyens de réaliser la pleine intégration et la cohésion sociale',
  'votes.objective.17':
    'Éliminer toutes les formes de discrimination et encourager un débat public fondé sur l’analyse des faits afin de faire évoluer la manière dont les migrations sont perçues',
  'votes.objective.18':
    'Investir dans le perfectionnement des compétences et faciliter la reconnaissance mutuelle des aptitudes, qualifications et compétences',
  'votes.objective.19':
    'Créer les conditions permettant aux migrants et aux diasporas de contribuer pleinement au développement durable dans tous les pays',
  'votes.objective.20':
    'Promouvoir des transferts de fonds plus rapides, plus sûrs et moins coûteux et favoriser l’inclusion financière des migrants',
  'votes.objective.21':
    'Coopérer en vue de faciliter le retour et la réadmission des migrants en toute sécurité et dans la dignité, ainsi que leur réintégration durable',
  'votes.objective.22':
    'Mettre en place des mécanismes de portabilité des droits de sécurité sociale et des avantages acquis',
  'votes.objective.23':
    'Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières',
  'votes.cluster.1': 'Faire en sorte que les migrations soient volontaires, ordonnées et régulières',
  'votes.cluster.2':
    'Protéger les migrants par des mesures de gouvernance des frontières fondées sur les droits',
  'votes.cluster.3': 'Soutenir l’intégration des migrants et leur contribution au développement',
  'votes.cluster.4':
    'Améliorer l’élaboration des politiques et le débat public, fondés sur des valeurs et sur les faits, et renforcer la coopération en matière de migrations',
};

export const ES_TITLES: Titles = {
  'votes.objective.1':
    'Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica',
  'votes.objective.2':
    'Minimizar los factores adversos y estructurales que obligan a las personas a abandonar su país de origen',
  'votes.objective.3': 'Proporcionar información exacta y oportuna en todas las etapas de la migración',
  'votes.objective.4':
    'Velar por que todos los migrantes tengan pruebas de su identidad jurídica y documentación adecuada',
  'votes.objective.5': 'Aumentar la disponibilidad y flexibilidad de las vías de migración regular',
  'votes.objective.6':
    'Facilitar la contratación equitativa y ética y salvaguardar las condiciones que garantizan el trabajo decente',
  'votes.objective.7': 'Abordar y reducir las vulnerabilidades en la migración',
  'votes.objective.8':
    'Salvar vidas y emprender iniciativas internacionales coordinadas sobre los migrantes desaparecidos',
  'votes.objective.9': 'Reforzar la respuesta transnacional al tráfico ilícito de migrantes',
  'votes.objective.10':
    'Prevenir, combatir y erradicar la trata de personas en el contexto de la migración internacional',
  'votes.objective.11': 'Gestionar las fronteras de manera integrada, segura y coordinada',
  'votes.objective.12':
    'Aumentar la certidumbre y previsibilidad de los procedimientos migratorios para la adecuada verificación de antecedentes, evaluación y derivación',
  'votes.objective.13':
    'Utilizar la detención de migrantes solo como último recurso y buscar otras alternativas',
  'votes.objective.14':
    'Mejorar la protección, asistencia y cooperación consulares a lo largo de todo el ciclo migratorio',
  'votes.objective.15': 'Proporcionar a los migrantes acceso a los servicios básicos',
  'votes.objective.16':
    'Empoderar a los migrantes y las sociedades para lograr la plena inclusión y la cohesión social',
  'votes.objective.17':
    'Eliminar todas las formas de discriminación y promover un discurso público con base empírica para modificar las percepciones de la migración',
  'votes.objective.18':
    'Invertir en el desarrollo de aptitudes y facilitar el reconocimiento mutuo de aptitudes, cualificaciones y competencias',
  'votes.objective.19':
    'Crear las condiciones necesarias para que los migrantes y las diásporas puedan contribuir plenamente al desarrollo sostenible en todos los países',
  'votes.objective.20':
    'Promover transferencias de remesas más rápidas, más seguras y más económicas y fomentar la inclusión financiera de los migrantes',
  'votes.objective.21':
    'Colaborar para facilitar el regreso y la readmisión en condiciones de seguridad y dignidad, así como la reintegración sostenible',
  'votes.objective.22':
    'Establecer mecanismos para la portabilidad de la seguridad social y las prestaciones adquiridas',
  'votes.objective.23':
    'Fortalecer la cooperación internacional y las alianzas mundiales para la migración segura, ordenada y regular',
  'votes.cluster.1': 'Garantizar que la migración sea voluntaria, ordenada y regular',
  'votes.cluster.2':
    'Proteger a los migrantes mediante medidas de gobernanza de las fronteras basadas en los derechos',
  'votes.cluster.3': 'Apoyar la integración de los migrantes y su contribución al desarrollo',
  'votes.cluster.4':
    'Mejorar la formulación de políticas y el debate público basados en valores y en datos empíricos, y reforzar la cooperación en materia de migración',
};

export const RU_TITLES: Titles = {
  'votes.objective.1':
    'Сбор и использование точных и дезагрегированных данных в качестве основы для выработки эмпирически обоснованной политики',
  'votes.objective.2':
    'Сведение к минимуму неблагоприятного воздействия различных сил и структурных факторов, которые заставляют людей покидать страну своего происхождения',
  'votes.objective.3': 'Предоставление точной и своевременной информации на всех этапах миграции',
  'votes.objective.4':
    'Обеспечение наличия у всех мигрантов доказательства их законной личности и надлежащих документов',
  'votes.objective.5': 'Расширение доступности и повышение гибкости путей легальной миграции',
  'votes.objective.6':
    'Содействие справедливому и этичному найму работников и гарантирование условий, обеспечивающих достойную работу',
  'votes.objective.7': 'Устранение и снижение факторов уязвимости в процессе миграции',
  'votes.objective.8':
    'Спасение людей и координация международных усилий по решению проблемы пропавших без вести мигрантов',
  'votes.objective.9':
    'Повышение эффективности транснациональных мер противодействия незаконному ввозу мигрантов',
  'votes.objective.10':
    'Предупреждение и пресечение торговли людьми и борьба с ней в контексте международной миграции',
  'votes.objective.11': 'Комплексное, безопасное и скоординированное управление границами',
  'votes.objective.12':
    'Повышение правовой определенности и предсказуемости миграционных процедур для надлежащей проверки, оценки и направления',
  'votes.objective.13':
    'Применение практики содержания мигрантов под стражей исключительно в качестве крайней меры и поиск альтернатив',
  'votes.objective.14':
    'Усиление консульской защиты и помощи, а также сотрудничества на протяжении всего миграционного цикла',
  'votes.objective.15': 'Обеспечение доступа мигрантов к базовым услугам',
  'votes.objective.16':
    'Расширение прав и возможностей мигрантов и общества в целях полной социальной интеграции и сплоченности',
  'votes.objective.17':
    'Искоренение всех форм дискриминации и поощрение основанных на фактических данных общественных обсуждений в целях формирования представлений о миграции',
  'votes.objective.18':
    'Инвестирование в развитие навыков и содействие взаимному признанию навыков, квалификации и компетенций',
  'votes.objective.19':
    'Создание для мигрантов и диаспор условий, позволяющих им в полной мере способствовать достижению устойчивого развития во всех странах',
  'votes.objective.20':
    'Содействие более быстрым, безопасным и дешевым денежным переводам мигрантов и содействие их финансовой интеграции',
  'votes.objective.21':
    'Сотрудничество в целях обеспечения безопасного и достойного возвращения и реадмиссии, а также устойчивой реинтеграции',
  'votes.objective.22':
    'Создание механизмов обеспечения переносимости социальных прав и заработанных пособий',
  'votes.objective.23':
    'Укрепление международного сотрудничества и глобального партнерства в интересах безопасной, упорядоченной и легальной миграции',
  'votes.cluster.1': 'Обеспечение добровольного, упорядоченного и легального характера миграции',
  'votes.cluster.2': 'Защита мигрантов с помощью основанных на правах человека мер управления границами',
  'votes.cluster.3': 'Поддержка интеграции мигрантов и их вклада в развитие',
  'votes.cluster.4':
    'Совершенствование основанных на ценностях и фактических данных политики и общественных дискуссий и укрепление сотрудничества в вопросах миграции',
};

export const ZH_TITLES: Titles = {
  'votes.objective.1': '收集和利用准确和分类数据作为循证政策的基础',
  'votes.objective.2': '尽量减少迫使人们离开原籍国的不利驱动因素和结构性因素',
  'votes.objective.3': '在移民所有阶段提供准确和及时的信息',
  'votes.objective.4': '确保所有移民都拥有合法身份证明和适当证件',
  'votes.objective.5': '增加正常移民途径的可用性和灵活性',
  'votes.objective.6': '促进公平和合乎道德的招聘，保障确保体面工作的条件',
  'votes.objective.7': '应对和减少移民的脆弱性',
  'votes.objective.8': '拯救生命并就失踪移民问题开展协调一致的国际努力',
  'votes.objective.9': '加强跨国应对偷运移民的措施',
  'votes.objective.10': '在国际移民背景下预防、打击和消除人口贩运',
  'votes.objective.11': '以综合、安全和协调的方式管理边界',
  'votes.objective.12': '加强移民程序的确定性和可预测性，以进行适当的甄别、评估和转介',
  'votes.objective.13': '仅将移民拘留作为最后手段，并努力寻求替代办法',
  'votes.objective.14': '在整个移民周期加强领事保护、援助与合作',
  'votes.objective.15': '为移民提供基本服务',
  'votes.objective.16': '增强移民和社会的能力，以实现充分融入和社会凝聚力',
  'votes.objective.17': '消除一切形式的歧视，促进以证据为基础的公共言论，以塑造对移民的看法',
  'votes.objective.18': '投资于技能开发，促进技能、资格和能力的相互承认',
  'votes.objective.19': '为移民和侨民充分促进所有国家的可持续发展创造条件',
  'votes.objective.20': '促进更快、更安全和更便宜的汇款，促进移民的金融包容',
  'votes.objective.21': '开展合作，为安全而有尊严的返回和重新接纳以及可持续的重新融入提供便利',
  'votes.objective.22': '建立社会保障权益和既得福利可携带机制',
  'votes.objective.23': '加强国际合作和全球伙伴关系，促进安全、有序和正常移民',
  'votes.cluster.1': '确保移民是自愿、有序和正常的',
  'votes.cluster.2': '通过基于权利的边境治理措施保护移民',
  'votes.cluster.3': '支持移民融入社会及其对发展的贡献',
  'votes.cluster.4': '改进以价值观为导向和以证据为基础的政策制定和公共辩论，加强移民问题合作',
};

export const AR_TITLES: Titles = {
  'votes.objective.1': 'جمع واستخدام بيانات دقيقة ومصنفة كأساس لوضع سياسات قائمة على الأدلة',
  'votes.objective.2':
    'التقليل إلى أدنى حد من العوامل الضارة والعوامل الهيكلية التي تجبر الناس على مغادرة بلدهم الأصلي',
  'votes.objective.3': 'توفير معلومات دقيقة وفي الوقت المناسب في جميع مراحل الهجرة',
  'votes.objective.4': 'ضمان حصول جميع المهاجرين على إثبات للهوية القانونية ووثائق ملائمة',
  'votes.objective.5': 'تعزيز توافر مسارات الهجرة النظامية ومرونتها',
  'votes.objective.6': 'تيسير التوظيف المنصف والأخلاقي وضمان الظروف التي تكفل العمل اللائق',
  'votes.objective.7': 'معالجة مواطن الضعف في الهجرة والحد منها',
  'votes.objective.8': 'إنقاذ الأرواح وإقامة جهود دولية منسقة بشأن المهاجرين المفقودين',
  'votes.objective.9': 'تعزيز الاستجابة عبر الوطنية لتهريب المهاجرين',
  'votes.objective.10': 'منع الاتجار بالأشخاص ومكافحته والقضاء عليه في سياق الهجرة الدولية',
  'votes.objective.11': 'إدارة الحدود بطريقة متكاملة وآمنة ومنسقة',
  'votes.objective.12':
    'تعزيز اليقين والقدرة على التنبؤ في إجراءات الهجرة من أجل الفرز والتقييم والإحالة على النحو المناسب',
  'votes.objective.13': 'عدم اللجوء إلى احتجاز المهاجرين إلا كملاذ أخير والعمل على إيجاد بدائل له',
  'votes.objective.14': 'تعزيز الحماية والمساعدة والتعاون في المجال القنصلي طوال دورة الهجرة',
  'votes.objective.15': 'توفير إمكانية حصول المهاجرين على الخدمات الأساسية',
  'votes.objective.16': 'تمكين المهاجرين والمجتمعات من تحقيق الإدماج الكامل والتماسك الاجتماعي',
  'votes.objective.17':
    'القضاء على جميع أشكال التمييز وتشجيع الخطاب العام المستند إلى الأدلة من أجل تشكيل تصورات الهجرة',
  'votes.objective.18': 'الاستثمار في تنمية المهارات وتيسير الاعتراف المتبادل بالمهارات والمؤهلات والكفاءات',
  'votes.objective.19':
    'تهيئة الظروف التي تمكن المهاجرين والمغتربين من المساهمة الكاملة في التنمية المستدامة في جميع البلدان',
  'votes.objective.20':
    'تشجيع تحويل المهاجرين للأموال بطرق أسرع وأكثر أمانا وأقل تكلفة وتيسير الشمول المالي للمهاجرين',
  'votes.objective.21': 'التعاون في تيسير العودة وإعادة القبول في أمان وكرامة، وكذلك إعادة الإدماج المستدامة',
  'votes.objective.22': 'وضع آليات لإمكانية نقل استحقاقات الضمان الاجتماعي والمستحقات المكتسبة',
  'votes.objective.23': 'تعزيز التعاون الدولي والشراكات العالمية من أجل الهجرة الآمنة والمنظمة والنظامية',
  'votes.cluster.1': 'ضمان أن تكون الهجرة طوعية ومنظمة ونظامية',
  'votes.cluster.2': 'حماية المهاجرين من خلال تدابير لإدارة الحدود قائمة على الحقوق',
  'votes.cluster.3': 'دعم إدماج المهاجرين ومساهمتهم في التنمية',
  'votes.cluster.4': 'تحسين وضع السياسات والنقاش العام على أساس القيم والأدلة، وتعزيز التعاون في مجال الهجرة',
};
