import { catalogue } from '@gcm/domain';

/** The announcements of a vote (open, closed), in the six languages; English as it was before. */
export const voteAnnouncementMessages = catalogue({
  en: {
    'mail.voteAnnouncement.opened.subject': 'The vote "{round}" is open until {moment}',
    'mail.voteAnnouncement.opened.heading': 'The vote is open: {round}',
    'mail.voteAnnouncement.opened.action': 'Vote now',
    'mail.voteAnnouncement.opened.body.organisation':
      '{organisation} is invited to vote in "{round}", the prioritisation of the GCM objectives. Any of its members in the review can cast its one ballot. The vote is open until {moment}; until then a ballot can be changed.',
    'mail.voteAnnouncement.opened.body.person':
      'You are invited to vote in "{round}", the prioritisation of the GCM objectives. The vote is open until {moment}; until then a ballot can be changed.',
    'mail.voteAnnouncement.secret':
      'The vote is secret: nobody, the coordinator included, can see how you voted.',
    'mail.voteAnnouncement.closed.subject': 'The vote "{round}" has closed',
    'mail.voteAnnouncement.closed.subjectEarly': 'The vote "{round}" has closed early',
    'mail.voteAnnouncement.closed.action': 'See the vote',
    'mail.voteAnnouncement.closed.early':
      'The coordinator closed "{round}" early, on {moment}, before its planned closing time.',
    'mail.voteAnnouncement.closed.onTime': '"{round}" closed on {moment}.',
    'mail.voteAnnouncement.closed.ballots':
      '{ballots, plural, one {# ballot was} other {# ballots were}} cast; no more can be cast or changed. The coordinator now finalises the priority objectives for the report.',
  },
  fr: {
    'mail.voteAnnouncement.opened.subject': 'Le vote « {round} » est ouvert jusqu’au {moment}',
    'mail.voteAnnouncement.opened.heading': 'Le vote est ouvert : {round}',
    'mail.voteAnnouncement.opened.action': 'Voter maintenant',
    'mail.voteAnnouncement.opened.body.organisation':
      '{organisation} est invitée à voter dans « {round} », la hiérarchisation des objectifs du PMM. N’importe lequel de ses membres dans l’examen peut déposer son bulletin unique. Le vote est ouvert jusqu’au {moment} ; d’ici là, un bulletin peut être modifié.',
    'mail.voteAnnouncement.opened.body.person':
      'Vous êtes invité(e) à voter dans « {round} », la hiérarchisation des objectifs du PMM. Le vote est ouvert jusqu’au {moment} ; d’ici là, un bulletin peut être modifié.',
    'mail.voteAnnouncement.secret':
      'Le vote est secret : personne, pas même le coordinateur, ne peut voir comment vous avez voté.',
    'mail.voteAnnouncement.closed.subject': 'Le vote « {round} » est clos',
    'mail.voteAnnouncement.closed.subjectEarly': 'Le vote « {round} » a été clos par anticipation',
    'mail.voteAnnouncement.closed.action': 'Voir le vote',
    'mail.voteAnnouncement.closed.early':
      'Le coordinateur a clos « {round} » par anticipation, le {moment}, avant l’heure de clôture prévue.',
    'mail.voteAnnouncement.closed.onTime': '« {round} » a été clos le {moment}.',
    'mail.voteAnnouncement.closed.ballots':
      '{ballots, plural, one {# bulletin a été déposé} other {# bulletins ont été déposés}} ; aucun autre ne peut être déposé ni modifié. Le coordinateur arrête maintenant les objectifs prioritaires pour le rapport.',
  },
  es: {
    'mail.voteAnnouncement.opened.subject': 'La votación «{round}» está abierta hasta el {moment}',
    'mail.voteAnnouncement.opened.heading': 'La votación está abierta: {round}',
    'mail.voteAnnouncement.opened.action': 'Votar ahora',
    'mail.voteAnnouncement.opened.body.organisation':
      'Se invita a {organisation} a votar en «{round}», la priorización de los objetivos del PMM. Cualquiera de sus miembros en el examen puede emitir su única papeleta. La votación está abierta hasta el {moment}; hasta entonces se puede modificar una papeleta.',
    'mail.voteAnnouncement.opened.body.person':
      'Se le invita a votar en «{round}», la priorización de los objetivos del PMM. La votación está abierta hasta el {moment}; hasta entonces se puede modificar una papeleta.',
    'mail.voteAnnouncement.secret':
      'La votación es secreta: nadie, ni siquiera la coordinación, puede ver cómo ha votado usted.',
    'mail.voteAnnouncement.closed.subject': 'La votación «{round}» se ha cerrado',
    'mail.voteAnnouncement.closed.subjectEarly': 'La votación «{round}» se ha cerrado anticipadamente',
    'mail.voteAnnouncement.closed.action': 'Ver la votación',
    'mail.voteAnnouncement.closed.early':
      'La coordinación cerró «{round}» anticipadamente, el {moment}, antes de la hora de cierre prevista.',
    'mail.voteAnnouncement.closed.onTime': '«{round}» se cerró el {moment}.',
    'mail.voteAnnouncement.closed.ballots':
      '{ballots, plural, one {Se emitió # papeleta} other {Se emitieron # papeletas}}; ya no se pueden emitir ni modificar más. La coordinación establece ahora los objetivos prioritarios para el informe.',
  },
  ru: {
    'mail.voteAnnouncement.opened.subject': 'Голосование «{round}» открыто до {moment}',
    'mail.voteAnnouncement.opened.heading': 'Голосование открыто: {round}',
    'mail.voteAnnouncement.opened.action': 'Проголосовать',
    'mail.voteAnnouncement.opened.body.organisation':
      'Организации «{organisation}» предлагается принять участие в голосовании «{round}» по определению приоритетов среди целей ГДМ. Любой из ее участников обзора может подать ее единственный бюллетень. Голосование открыто до {moment}; до этого момента бюллетень можно изменить.',
    'mail.voteAnnouncement.opened.body.person':
      'Вам предлагается принять участие в голосовании «{round}» по определению приоритетов среди целей ГДМ. Голосование открыто до {moment}; до этого момента бюллетень можно изменить.',
    'mail.voteAnnouncement.secret':
      'Голосование тайное: никто, включая координатора, не может увидеть, как вы проголосовали.',
    'mail.voteAnnouncement.closed.subject': 'Голосование «{round}» завершено',
    'mail.voteAnnouncement.closed.subjectEarly': 'Голосование «{round}» завершено досрочно',
    'mail.voteAnnouncement.closed.action': 'Посмотреть голосование',
    'mail.voteAnnouncement.closed.early':
      'Координатор досрочно завершил голосование «{round}» {moment}, до запланированного времени.',
    'mail.voteAnnouncement.closed.onTime': 'Голосование «{round}» завершилось {moment}.',
    'mail.voteAnnouncement.closed.ballots':
      'Подано {ballots, plural, one {# бюллетень} few {# бюллетеня} many {# бюллетеней} other {# бюллетеня}}; больше нельзя подавать или изменять бюллетени. Теперь координатор утверждает приоритетные цели для доклада.',
  },
  zh: {
    'mail.voteAnnouncement.opened.subject': '投票“{round}”开放至 {moment}',
    'mail.voteAnnouncement.opened.heading': '投票已开放：{round}',
    'mail.voteAnnouncement.opened.action': '立即投票',
    'mail.voteAnnouncement.opened.body.organisation':
      '{organisation} 受邀参加“{round}”（移民全球契约目标的优先排序）投票。其在审查中的任何成员均可投出该组织唯一的一张选票。投票开放至 {moment}；在此之前可以更改选票。',
    'mail.voteAnnouncement.opened.body.person':
      '您受邀参加“{round}”（移民全球契约目标的优先排序）投票。投票开放至 {moment}；在此之前可以更改选票。',
    'mail.voteAnnouncement.secret': '本次投票为无记名投票：任何人（包括协调人）都无法看到您的投票内容。',
    'mail.voteAnnouncement.closed.subject': '投票“{round}”已结束',
    'mail.voteAnnouncement.closed.subjectEarly': '投票“{round}”已提前结束',
    'mail.voteAnnouncement.closed.action': '查看投票',
    'mail.voteAnnouncement.closed.early': '协调人已于 {moment} 提前结束“{round}”，早于原定结束时间。',
    'mail.voteAnnouncement.closed.onTime': '“{round}”已于 {moment} 结束。',
    'mail.voteAnnouncement.closed.ballots':
      '共投出{ballots, plural, other {#张选票}}；不能再投票或更改选票。协调人现在将为报告确定优先目标。',
  },
  ar: {
    'mail.voteAnnouncement.opened.subject': 'التصويت «{round}» مفتوح حتى {moment}',
    'mail.voteAnnouncement.opened.heading': 'التصويت مفتوح: {round}',
    'mail.voteAnnouncement.opened.action': 'صوّت الآن',
    'mail.voteAnnouncement.opened.body.organisation':
      '{organisation} مدعوة إلى التصويت في «{round}»، أي ترتيب أولويات أهداف الاتفاق العالمي. يمكن لأي من أعضائها في الاستعراض الإدلاء ببطاقة الاقتراع الوحيدة الخاصة بها. التصويت مفتوح حتى {moment}؛ ويمكن تغيير بطاقة الاقتراع حتى ذلك الحين.',
    'mail.voteAnnouncement.opened.body.person':
      'أنت مدعو إلى التصويت في «{round}»، أي ترتيب أولويات أهداف الاتفاق العالمي. التصويت مفتوح حتى {moment}؛ ويمكن تغيير بطاقة الاقتراع حتى ذلك الحين.',
    'mail.voteAnnouncement.secret': 'التصويت سري: لا يمكن لأحد، بمن في ذلك المنسق، معرفة كيف صوّتّ.',
    'mail.voteAnnouncement.closed.subject': 'أُغلق التصويت «{round}»',
    'mail.voteAnnouncement.closed.subjectEarly': 'أُغلق التصويت «{round}» قبل موعده',
    'mail.voteAnnouncement.closed.action': 'اعرض التصويت',
    'mail.voteAnnouncement.closed.early':
      'أغلق المنسق «{round}» قبل موعده، في {moment}، قبل وقت الإغلاق المقرر.',
    'mail.voteAnnouncement.closed.onTime': 'أُغلق «{round}» في {moment}.',
    'mail.voteAnnouncement.closed.ballots':
      '{ballots, plural, zero {لم يُدلَ بأي بطاقة اقتراع} one {أُدلي ببطاقة اقتراع واحدة} two {أُدلي ببطاقتي اقتراع} few {أُدلي بـ# بطاقات اقتراع} many {أُدلي بـ# بطاقة اقتراع} other {أُدلي بـ# بطاقة اقتراع}}؛ ولا يمكن الإدلاء بالمزيد أو التغيير. يحدد المنسق الآن الأهداف ذات الأولوية للتقرير.',
  },
});
