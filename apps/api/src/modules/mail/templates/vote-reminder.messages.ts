import { catalogue } from '@gcm/domain';

/** The reminder to vote, in the six languages; English as it was before. */
export const voteReminderMessages = catalogue({
  en: {
    'mail.voteReminder.subject': 'Your vote is awaited: "{round}" closes on {closes}',
    'mail.voteReminder.heading': 'Your vote is awaited: {round}',
    'mail.voteReminder.action': 'Vote now',
    'mail.voteReminder.body.organisation':
      '{organisation} has not voted yet in "{round}", the prioritisation of the GCM objectives. Any of its members in the review can cast its one ballot. The vote closes on {closes}; until then a ballot can be changed.',
    'mail.voteReminder.body.person':
      'You have not voted yet in "{round}", the prioritisation of the GCM objectives. The vote closes on {closes}; until then a ballot can be changed.',
    'mail.voteReminder.secret':
      'The vote is secret: nobody, the coordinator included, can see how you voted.',
  },
  fr: {
    'mail.voteReminder.subject': 'Votre vote est attendu : « {round} » se clôt le {closes}',
    'mail.voteReminder.heading': 'Votre vote est attendu : {round}',
    'mail.voteReminder.action': 'Voter maintenant',
    'mail.voteReminder.body.organisation':
      '{organisation} n’a pas encore voté dans « {round} », la hiérarchisation des objectifs du PMM. N’importe lequel de ses membres dans l’examen peut déposer son bulletin unique. Le vote se clôt le {closes} ; d’ici là, un bulletin peut être modifié.',
    'mail.voteReminder.body.person':
      'Vous n’avez pas encore voté dans « {round} », la hiérarchisation des objectifs du PMM. Le vote se clôt le {closes} ; d’ici là, un bulletin peut être modifié.',
    'mail.voteReminder.secret':
      'Le vote est secret : personne, pas même le coordinateur, ne peut voir comment vous avez voté.',
  },
  es: {
    'mail.voteReminder.subject': 'Se espera su voto: «{round}» se cierra el {closes}',
    'mail.voteReminder.heading': 'Se espera su voto: {round}',
    'mail.voteReminder.action': 'Votar ahora',
    'mail.voteReminder.body.organisation':
      '{organisation} aún no ha votado en «{round}», la priorización de los objetivos del PMM. Cualquiera de sus miembros en el examen puede emitir su única papeleta. La votación se cierra el {closes}; hasta entonces se puede modificar una papeleta.',
    'mail.voteReminder.body.person':
      'Aún no ha votado en «{round}», la priorización de los objetivos del PMM. La votación se cierra el {closes}; hasta entonces se puede modificar una papeleta.',
    'mail.voteReminder.secret':
      'La votación es secreta: nadie, ni siquiera la coordinación, puede ver cómo ha votado usted.',
  },
  ru: {
    'mail.voteReminder.subject': 'Ждем вашего голоса: голосование «{round}» завершается {closes}',
    'mail.voteReminder.heading': 'Ждем вашего голоса: {round}',
    'mail.voteReminder.action': 'Проголосовать',
    'mail.voteReminder.body.organisation':
      'Организация «{organisation}» еще не проголосовала в голосовании «{round}» по определению приоритетов среди целей ГДМ. Любой из ее участников обзора может подать ее единственный бюллетень. Голосование завершается {closes}; до этого момента бюллетень можно изменить.',
    'mail.voteReminder.body.person':
      'Вы еще не проголосовали в голосовании «{round}» по определению приоритетов среди целей ГДМ. Голосование завершается {closes}; до этого момента бюллетень можно изменить.',
    'mail.voteReminder.secret':
      'Голосование тайное: никто, включая координатора, не может увидеть, как вы проголосовали.',
  },
  zh: {
    'mail.voteReminder.subject': '等待您投票：“{round}”将于 {closes} 结束',
    'mail.voteReminder.heading': '等待您投票：{round}',
    'mail.voteReminder.action': '立即投票',
    'mail.voteReminder.body.organisation':
      '{organisation} 尚未在“{round}”（移民全球契约目标的优先排序）中投票。其在审查中的任何成员均可投出该组织唯一的一张选票。投票于 {closes} 结束；在此之前可以更改选票。',
    'mail.voteReminder.body.person':
      '您尚未在“{round}”（移民全球契约目标的优先排序）中投票。投票于 {closes} 结束；在此之前可以更改选票。',
    'mail.voteReminder.secret': '本次投票为无记名投票：任何人（包括协调人）都无法看到您的投票内容。',
  },
  ar: {
    'mail.voteReminder.subject': 'ننتظر صوتك: يُغلق «{round}» في {closes}',
    'mail.voteReminder.heading': 'ننتظر صوتك: {round}',
    'mail.voteReminder.action': 'صوّت الآن',
    'mail.voteReminder.body.organisation':
      'لم تصوّت {organisation} بعد في «{round}»، أي ترتيب أولويات أهداف الاتفاق العالمي. يمكن لأي من أعضائها في الاستعراض الإدلاء ببطاقة الاقتراع الوحيدة الخاصة بها. يُغلق التصويت في {closes}؛ ويمكن تغيير بطاقة الاقتراع حتى ذلك الحين.',
    'mail.voteReminder.body.person':
      'لم تصوّت بعد في «{round}»، أي ترتيب أولويات أهداف الاتفاق العالمي. يُغلق التصويت في {closes}؛ ويمكن تغيير بطاقة الاقتراع حتى ذلك الحين.',
    'mail.voteReminder.secret': 'التصويت سري: لا يمكن لأحد، بمن في ذلك المنسق، معرفة كيف صوّتّ.',
  },
});
