import { catalogue } from './catalogue';

/** What the API answers when it refuses a request (AppError messages of apps/api/src). English is the text as the code writes it. */
export const problemsApiMessages = catalogue({
  en: {
    'problems.http.foreignSite': 'Requests from other sites are refused',
    'problems.http.sendOrigin':
      'Requests from other sites are refused: send the Origin header of this site ({origin}) with requests that change data',
    'problems.http.multipart': 'Send the file as multipart/form-data, in the form field "file"',
    'problems.http.json': 'Send the request body as JSON (Content-Type: application/json)',
    'problems.http.jsonNot': 'Send the request body as JSON (Content-Type: application/json), not {type}',
    'problems.http.invalid': 'The request is not valid: {summary}',
    'problems.http.bodyRequired': 'a JSON body is required',
    'problems.http.nothingAt': 'Nothing is found at {method} {path}',
    'problems.http.bodyTooLarge': 'The request body is too large',
    'problems.http.bodyNotJson': 'The request body is not valid JSON',
    'problems.http.bodyUnreadable': 'The request body cannot be read',
    'problems.http.internal': 'Something went wrong on our side. The error has been logged.',
    'problems.http.unique': 'A record with the same unique values already exists',
    'problems.http.recordGone': 'The record does not exist (any more)',
    'problems.http.missingReference': 'The change refers to a record that does not exist',
    'problems.access.noReview': 'There is no review with this id',
    'problems.access.noAssignment': 'There is no assignment with this id',
    'problems.access.noAttachment': 'There is no attachment with this id',
    'problems.access.noVote': 'There is no vote with this id',
    'problems.access.noWorkshop': 'There is no workshop with this id',
    'problems.access.noActionItem': 'There is no action item with this id',
    'problems.access.noSubmission': 'There is no submission with this id',
    'problems.access.noPublishedReport': 'There is no published report with this id',
    'problems.access.noEmail': 'There is no such e-mail',
    'problems.access.noAccount': 'There is no such account',
    'problems.access.noWorkspace': 'There is no such country workspace',
    'problems.access.onlyRole': 'Only {who} can {doing}',
    'problems.access.onlyOwnOrganisation':
      "Only the assigned organisation's focal points or the coordinator can {doing}",
    'problems.access.onlyAdministrator': 'Only an administrator of this installation can {doing}',
    'problems.access.onlyAdministratorImport':
      'Only an administrator of this installation can import questionnaires',
    'problems.access.cannotStartReview':
      'You cannot start a review: ask the administrator of this installation to start it or to grant you that right',
    'problems.access.onlyAdministratorStart':
      'Only an administrator of this installation can start a review for a country',
    'problems.access.remindersOf':
      "Only the coordinator or the assigned organisation's focal points can see its reminders",
    'problems.access.notVoter': 'You are not on the list of voters for this round',
    'problems.answers.savedMeanwhile':
      'The answer to question {code} was saved{editor, select, none {} other { by {editor}}} after you opened it (you edited version {sent}, it is now version {current}). Your text was not saved: compare it with the current text and save again.',
    'problems.answers.noQuestion': 'There is no question {code} in this review',
    'problems.assignments.acceptedElsewhere':
      'An accepted contribution cannot be given to another organisation; reopen it first',
    'problems.assignments.alreadyAssignedTo': 'Question {code} is already assigned to {organisation}',
    'problems.assignments.alreadyLeadOf':
      'Question {code} already has a lead organisation ({organisation}); a question has one lead',
    'problems.assignments.staleMatrix':
      'Nothing was changed: someone changed {what} in the meantime. Reload the matrix and try again.',
    'problems.assignments.cannotRemoveState':
      'The contribution to {what} is {state}; a submitted or accepted assignment cannot be removed',
    'problems.assignments.cannotRemoveWork':
      '{who} has already saved text or attached files for question {code}; an assignment with work in it cannot be removed (reassign it instead)',
    'problems.assignments.staleVersion':
      'The assignment was changed by someone else: you edited version {sent}, it is now version {current}. Reload it and try again.',
    'problems.assignments.alreadyLead':
      'This question already has a lead organisation; a question has one lead',
    'problems.assignments.alreadyAssigned': 'This question is already assigned to this organisation',
    'problems.assignments.nothingAssigned': 'Nothing was assigned: {summary}',
    'problems.attachments.allowedTypes': '{problem} Allowed are {types} files.',
    'problems.attachments.attachFile': 'Attach a file in the multipart form field "file"',
    'problems.attachments.empty': 'The file "{name}" is empty',
    'problems.attachments.tooLarge': 'The file "{name}" is larger than the upload limit of {limit}',
    'problems.attachments.storedMissing':
      'The stored file of "{name}" is missing; it has to be restored from the backup',
    'problems.attachments.storeUnavailableUpload':
      'The attachment store does not answer; the file was not saved. Try again in a few minutes.',
    'problems.attachments.storeUnavailableDownload':
      'The attachment store does not answer; the file cannot be downloaded now. Try again in a few minutes.',
    'problems.attachments.uploadTooLarge': 'The file is larger than the upload limit of {limit}',
    'problems.attachments.oneFile': 'Send one file in the multipart form field "file"',
    'problems.attachments.oneFileCameIn':
      'Send one file in the multipart form field "file" (a file came in "{field}")',
    'problems.attachments.oneAtATime': 'Send one file at a time in the multipart form field "file"',
    'problems.attachments.unreadable': 'The upload cannot be read: {reason}',
    'problems.auth.alreadyActivatedBy': '{email} has already activated the account; they can sign in.',
    'problems.auth.linkInvalid': 'This link is not valid. Ask for a new one from the sign-in page.',
    'problems.auth.linkUsed': 'This link has already been used. Sign in, or ask for a new link.',
    'problems.auth.suspended':
      'This account is suspended. Ask the administrator of this installation to restore it.',
    'problems.auth.alreadyActivated': 'This account is already activated. Sign in with its password.',
    'problems.auth.tooManyResets': 'Too many requests for new passwords from here. Try again in an hour.',
    'problems.auth.currentPasswordWrong': 'The current password is not right',
    'problems.auth.pleaseSignIn': 'Please sign in',
    'problems.auth.wrongCredentials': 'The e-mail address or the password is not right',
    'problems.auth.invitationInvalid':
      'This invitation link is not valid. Ask the coordinator for a new one.',
    'problems.auth.invitationUsed':
      'This invitation has already been used. Sign in with your e-mail and password.',
    'problems.auth.invitationExpired': 'This invitation link has expired. Ask the coordinator for a new one.',
    'problems.auth.haveAccount': 'You already have an account: enter your current password to join',
    'problems.auth.justActivated':
      'Your account has just been activated from another invitation: open this link again and enter that password',
    'problems.auth.signInToContinue': 'Please sign in to continue',
    'problems.auth.throttled':
      'Too many failed sign-ins. Wait {minutes, plural, one {# minute} other {# minutes}} and try again.',
    'problems.catalogue.noTemplate': 'There is no survey template "{key}"',
    'problems.contributions.notThisAssignment': 'The comment you answer is not one of this assignment',
    'problems.contributions.savedMeanwhile':
      'This contribution was saved{editor, select, none {} other { by {editor}}} after you opened it (you edited version {sent}, it is now version {current}). Your text was not saved: compare it with the current text and save again.',
    'problems.contributions.changedAfterLoad':
      'The assignment changed after you loaded it (you saw version {sent}, it is now version {current} and {state}). Reload it and try again.',
    'problems.contributions.emptySubmit':
      'An empty contribution cannot be submitted: write and save the text first',
    'problems.contributions.changedMeanwhile': 'The assignment changed meanwhile. Reload it and try again.',
    'problems.instance.ownAccount': 'You cannot suspend your own account',
    'problems.instance.accountChanged':
      'Someone else changed this account meanwhile. Reload to see the change.',
    'problems.instance.lastAdministrator':
      'This is the last administrator who is not suspended; name another one first.',
    'problems.members.organisationNotInReview': 'The organisation does not take part in this review',
    'problems.members.noMember': 'There is no such member in this review',
    'problems.members.contributorOrganisation': 'A contributor must belong to an organisation',
    'problems.members.lastCoordinator': 'A review needs at least one coordinator: appoint another one first',
    'problems.organisations.alreadyTakesPart': '{name} already takes part in this review',
    'problems.organisations.archived':
      '{name} is archived in the {country} directory: restore it there to use it again',
    'problems.organisations.noneInDirectory': 'There is no such organisation in the {country} directory',
    'problems.organisations.notInReview': 'This organisation does not take part in this review',
    'problems.organisations.coordinatingOffice':
      '{name} is the coordinating office: choose another office in the settings first',
    'problems.organisations.cannotLeave': '{name} cannot leave this review while it still has {uses}',
    'problems.organisations.alreadyInDirectory': '{name} is already in the {country} directory',
    'problems.organisations.headContact': 'The head contact must be a member of this review',
    'problems.publication.reviewChanged':
      'Someone else changed the review meanwhile. Reload to see their changes.',
    'problems.questionnaires.versionExists':
      'Questionnaire "{key}" version {version} exists already; a changed form needs a new version number',
    'problems.questionnaires.noVersion': 'There is no questionnaire "{key}" version {version}',
    'problems.questionnaires.notImported':
      'The questionnaire was not imported: it has {count, plural, one {# problem} other {# problems}}. Correct the file and try again.',
    'problems.questionnaires.alreadyHasQuestion': 'The review already has a question {code}',
    'problems.questionnaires.hasNoQuestion': 'The review has no question {code}',
    'problems.questionnaires.ownQuestion':
      "Question {code} is the questionnaire's own: its wording stays as asked; reword its guidance instead",
    'problems.questionnaires.questionChanged':
      'Question {code} was changed by someone else: you edited version {sent}, it is now version {current}. Reload it and try again.',
    'problems.questionnaires.noQuestionnaire': 'There is no questionnaire "{key}"',
    'problems.reminders.calendarLink': 'This calendar link is not valid (any more)',
    'problems.reminders.deadlineSame': 'The final deadline did not move: nothing to shift',
    'problems.reminders.reviewChanged': 'The review changed meanwhile. Reload it and try again.',
    'problems.reminders.cannotShift':
      'The due dates cannot move so far: {count} would then be wrong ({first})',
    'problems.reminders.noPreview':
      'This e-mail is written for each person only when it goes out: there is nothing to preview yet',
    'problems.reminders.onlyFailed': 'Only an e-mail that failed can be retried',
    'problems.reminders.nothingToRemind': 'Nothing to remind: the contribution is {state}',
    'problems.reminders.recentlySent':
      'A reminder for this assignment went out {minutes} minute(s) ago. Try again in an hour.',
    'problems.reminders.onItsWay': 'A reminder is already on its way',
    'problems.reminders.settingsChanged':
      'Someone else changed the review settings meanwhile. Reload to see their changes.',
    'problems.report.onlySubmitted': 'Only a submitted report can be amended; this review is {status}',
    'problems.report.amendmentOpen':
      'An amendment is already open ({count, plural, one {question} other {questions}} {codes}); submit it before opening another',
    'problems.report.noLongerSent': 'The review is {status}: its report can no longer be sent',
    'problems.report.notReady':
      'The report is not ready to be sent: {count, plural, one {# item needs} other {# items need}} fixing first ({problems})',
    'problems.report.amendmentOpenClose':
      'An amendment is open ({count, plural, one {question} other {questions}} {codes}): submit the amended report before closing the review',
    'problems.report.submittedOn': 'The report was submitted on {date}; open an amendment to change it',
    'problems.report.submitted': 'The report was submitted; open an amendment to change it',
    'problems.report.submittedOnAmended':
      'The report was submitted on {date}; open an amendment to send an amended version',
    'problems.report.submittedAmended':
      'The report was submitted; open an amendment to send an amended version',
    'problems.report.reopensOnlyOn':
      'The report was submitted on {date}; the open amendment reopens only {count, plural, one {question} other {questions}} {codes}, not question {code}',
    'problems.report.reopensOnly':
      'The report was submitted; the open amendment reopens only {count, plural, one {question} other {questions}} {codes}, not question {code}',
    'problems.report.closed': 'The review is closed: nothing in it can be changed any more',
    'problems.report.archived':
      'The review is archived: it can be read, but nothing in it can be changed any more',
    'problems.reviews.startFrom': 'The review to start from {problem}',
    'problems.reviews.nameCoordinator':
      'Name the coordinator of the country’s review: they are invited by e-mail',
    'problems.reviews.exists': 'A {title} review for {country} {cycle} already exists',
    'problems.reviews.countryHasReviews':
      '{country} already has reviews on this installation: its next review is started by one of its coordinators or by the administrator',
    'problems.reviews.countryFixed':
      'The country of a review cannot change once it is started: start a review for the other country instead',
    'problems.reviews.coordinatingOffice':
      'The coordinating office must be one of the organisations taking part',
    'problems.reviews.deadlineCannotMove': 'The final deadline cannot move there: {problem}',
    'problems.reviews.statusCannotBeSet': 'This status cannot be set here',
    'problems.reviews.closedOnly': 'The review is closed: it can only be archived now',
    'problems.reviews.archivedStays': 'The review is archived: it stays as it is',
    'problems.reviews.submittedOnlyClose':
      'The report is submitted: the review can only be closed now (an amendment reopens questions for an amended version)',
    'problems.votes.roundClosed': 'The round closed on {moment}; ballots can no longer be cast or changed',
    'problems.votes.roundNotOpen': 'The round opens on {moment}; ballots cannot be cast before then',
    'problems.votes.secretBallotOld':
      'Your ballot in this secret vote can no longer be told apart from the others (it was cast before an upgrade of the application or a change of its secret key), so it cannot be changed. It is counted as you cast it.',
    'problems.votes.roundStill':
      'The round is still {state, select, open {open} other {to come}} (it closes on {moment}); close it before finalising the priorities',
    'problems.votes.noPriorityQuestion':
      'This review’s questionnaire has no priority-objectives question to hold the priorities',
    'problems.votes.voteChanged':
      'The vote was changed by someone else: you edited version {sent}, it is now version {current}. Reload it and try again.',
    'problems.votes.question7Changed': 'The answer to question 7 changed meanwhile. Try again.',
    'problems.votes.nothingToRemind':
      'Nothing to remind: the round {state, select, scheduled {has not opened yet} other {is closed}}',
    'problems.votes.recentlyReminded':
      'Reminders for this vote went out {minutes} minute(s) ago. Try again in an hour.',
    'problems.votes.secretByType':
      'The results of a secret vote cannot be broken down by type of organisation: in a small group, the figures would show how its members voted',
    'problems.votes.rankedOnly': 'Only ranked votes have a pairwise matrix to filter by type of organisation',
    'problems.votes.resultsHidden': 'Results are hidden until the round closes',
    'problems.votes.notOpenYet':
      'The round has not opened yet (it opens on {moment}); there is nothing to close',
    'problems.votes.alreadyClosed': 'The round is already closed (since {moment})',
    'problems.workshops.changed':
      'The {what, select, workshop {workshop} other {action item}} was changed by someone else: you edited version {sent}, it is now version {current}. Reload it and try again.',
    'problems.workspaces.notImported':
      'Nothing was imported: {count, plural, one {# row has} other {# rows have}} errors. Correct the file and try again.',
    'problems.workspaces.notCountrys': 'That review is not one of {country}’s',
    'problems.workspaces.cannotDelete':
      '{name} cannot be deleted while something refers to it ({uses}): archive it instead',
    'problems.workspaces.cannotRemovePerson':
      '{name} cannot be removed from the directory while the country’s reviews refer to them ({uses}): archive them instead',
    'problems.workspaces.noPerson': 'There is no such person in the {country} directory',
    'problems.workspaces.currentOrganisation':
      'The organisation must be one of the {country} directory’s current organisations',
    'problems.lifecycle.already':
      'The review is already {status, select, setup {being set up} collecting {collecting answers} consolidating {consolidating} submitted {submitted} closed {closed} other {archived}}',
    'problems.lifecycle.onlyFrom':
      'Only a {needed, select, submitted {submitted} other {closed}} review can be {to, select, closed {closed} other {archived}}; this review is {from, select, setup {being set up} collecting {collecting answers} consolidating {consolidating} submitted {submitted} closed {closed} other {archived}}',
    'problems.lifecycle.becomes':
      'A review becomes {to, select, setup {being set up} collecting {collecting answers} consolidating {consolidating} submitted {submitted} closed {closed} other {archived}} {how, select, edit {by editing the settings while the review is being worked on} submit {by submitting the report} close {by closing it once the report is submitted} other {by archiving it once it is closed}}',
    'problems.lifecycle.becomesNotSettings':
      'A review becomes {to, select, setup {being set up} collecting {collecting answers} consolidating {consolidating} submitted {submitted} closed {closed} other {archived}} {how, select, edit {by editing the settings while the review is being worked on} submit {by submitting the report} close {by closing it once the report is submitted} other {by archiving it once it is closed}}, not by editing its settings',
    'problems.reviews.startFromNotYours': 'is not a review of {country} that you coordinate',
    'problems.reviews.startFromCycle': 'is the {cycle} cycle, not one before {current}',
  },
  fr: {
    'problems.http.foreignSite': 'Les requêtes provenant d’autres sites sont refusées',
    'problems.http.sendOrigin':
      'Les requêtes provenant d’autres sites sont refusées : envoyez l’en-tête Origin de ce site ({origin}) avec les requêtes qui modifient des données',
    'problems.http.multipart':
      'Envoyez le fichier au format multipart/form-data, dans le champ de formulaire « file »',
    'problems.http.json': 'Envoyez le corps de la requête en JSON (Content-Type: application/json)',
    'problems.http.jsonNot':
      'Envoyez le corps de la requête en JSON (Content-Type: application/json), et non en {type}',
    'problems.http.invalid': 'La requête n’est pas valide : {summary}',
    'problems.http.bodyRequired': 'un corps JSON est requis',
    'problems.http.nothingAt': 'Rien ne se trouve à l’adresse {method} {path}',
    'problems.http.bodyTooLarge': 'Le corps de la requête est trop volumineux',
    'problems.http.bodyNotJson': 'Le corps de la requête n’est pas un JSON valide',
    'problems.http.bodyUnreadable': 'Le corps de la requête ne peut pas être lu',
    'problems.http.internal': 'Une erreur s’est produite de notre côté. Elle a été consignée.',
    'problems.http.unique': 'Un enregistrement ayant les mêmes valeurs uniques existe déjà',
    'problems.http.recordGone': 'L’enregistrement n’existe pas (ou plus)',
    'problems.http.missingReference': 'La modification renvoie à un enregistrement qui n’existe pas',
    'problems.access.noReview': 'Aucun examen ne correspond à cet identifiant',
    'problems.access.noAssignment': 'Aucune tâche ne correspond à cet identifiant',
    'problems.access.noAttachment': 'Aucune pièce jointe ne correspond à cet identifiant',
    'problems.access.noVote': 'Aucun vote ne correspond à cet identifiant',
    'problems.access.noWorkshop': 'Aucun atelier ne correspond à cet identifiant',
    'problems.access.noActionItem': 'Aucune mesure de suivi ne correspond à cet identifiant',
    'problems.access.noSubmission': 'Aucun envoi ne correspond à cet identifiant',
    'problems.access.noPublishedReport': 'Aucun rapport publié ne correspond à cet identifiant',
    'problems.access.noEmail': 'Ce courriel n’existe pas',
    'problems.access.noAccount': 'Ce compte n’existe pas',
    'problems.access.noWorkspace': 'Cet espace de travail national n’existe pas',
    'problems.access.onlyRole': 'Pour {doing}, il faut avoir le rôle de {who}',
    'problems.access.onlyOwnOrganisation':
      'Seuls les points focaux de l’organisation chargée de la tâche ou le coordinateur peuvent {doing}',
    'problems.access.onlyAdministrator': 'Seul un administrateur de cette installation peut {doing}',
    'problems.access.onlyAdministratorImport':
      'Seul un administrateur de cette installation peut importer des questionnaires',
    'problems.access.cannotStartReview':
      'Vous ne pouvez pas lancer d’examen : demandez à l’administrateur de cette installation de le lancer ou de vous accorder ce droit',
    'problems.access.onlyAdministratorStart':
      'Seul un administrateur de cette installation peut lancer l’examen d’un pays',
    'problems.access.remindersOf':
      'Seuls le coordinateur ou les points focaux de l’organisation chargée de la tâche peuvent en voir les rappels',
    'problems.access.notVoter': 'Vous ne figurez pas sur la liste des votants de ce tour',
    'problems.answers.savedMeanwhile':
      'La réponse à la question {code} a été enregistrée{editor, select, none {} other { par {editor}}} après que vous l’avez ouverte (vous avez modifié la version {sent}, elle en est maintenant à la version {current}). Votre texte n’a pas été enregistré : comparez-le avec le texte actuel et enregistrez de nouveau.',
    'problems.answers.noQuestion': 'Cet examen ne comporte pas de question {code}',
    'problems.assignments.acceptedElsewhere':
      'Une contribution acceptée ne peut pas être confiée à une autre organisation ; rouvrez-la d’abord',
    'problems.assignments.alreadyAssignedTo': 'La question {code} est déjà attribuée à {organisation}',
    'problems.assignments.alreadyLeadOf':
      'La question {code} a déjà une organisation chef de file ({organisation}) ; une question n’a qu’un chef de file',
    'problems.assignments.staleMatrix':
      'Rien n’a été modifié : quelqu’un a entre-temps modifié {what}. Rechargez la matrice et réessayez.',
    'problems.assignments.cannotRemoveState':
      'La contribution à {what} est à l’état « {state} » ; une tâche soumise ou acceptée ne peut pas être supprimée',
    'problems.assignments.cannotRemoveWork':
      '{who} a déjà enregistré du texte ou joint des fichiers pour la question {code} ; une tâche déjà entamée ne peut pas être supprimée (réattribuez-la plutôt)',
    'problems.assignments.staleVersion':
      'La tâche a été modifiée par quelqu’un d’autre : vous avez modifié la version {sent}, elle en est maintenant à la version {current}. Rechargez-la et réessayez.',
    'problems.assignments.alreadyLead':
      'Cette question a déjà une organisation chef de file ; une question n’a qu’un chef de file',
    'problems.assignments.alreadyAssigned': 'Cette question est déjà attribuée à cette organisation',
    'problems.assignments.nothingAssigned': 'Rien n’a été attribué : {summary}',
    'problems.attachments.allowedTypes': '{problem} Types de fichiers acceptés : {types}.',
    'problems.attachments.attachFile': 'Joignez un fichier dans le champ de formulaire multipart « file »',
    'problems.attachments.empty': 'Le fichier « {name} » est vide',
    'problems.attachments.tooLarge': 'Le fichier « {name} » dépasse la taille maximale autorisée ({limit})',
    'problems.attachments.storedMissing':
      'Le fichier enregistré de « {name} » est introuvable ; il doit être restauré à partir de la sauvegarde',
    'problems.attachments.storeUnavailableUpload':
      'Le stockage des pièces jointes ne répond pas ; le fichier n’a pas été enregistré. Réessayez dans quelques minutes.',
    'problems.attachments.storeUnavailableDownload':
      'Le stockage des pièces jointes ne répond pas ; le fichier ne peut pas être téléchargé pour le moment. Réessayez dans quelques minutes.',
    'problems.attachments.uploadTooLarge': 'Le fichier dépasse la taille maximale autorisée ({limit})',
    'problems.attachments.oneFile': 'Envoyez un seul fichier dans le champ de formulaire multipart « file »',
    'problems.attachments.oneFileCameIn':
      'Envoyez un seul fichier dans le champ de formulaire multipart « file » (un fichier est arrivé dans « {field} »)',
    'problems.attachments.oneAtATime':
      'Envoyez un fichier à la fois dans le champ de formulaire multipart « file »',
    'problems.attachments.unreadable': 'Le fichier envoyé ne peut pas être lu : {reason}',
    'problems.auth.alreadyActivatedBy': '{email} a déjà activé ce compte ; la personne peut se connecter.',
    'problems.auth.linkInvalid':
      'Ce lien n’est pas valide. Demandez-en un nouveau depuis la page de connexion.',
    'problems.auth.linkUsed': 'Ce lien a déjà été utilisé. Connectez-vous ou demandez un nouveau lien.',
    'problems.auth.suspended':
      'Ce compte est suspendu. Demandez à l’administrateur de cette installation de le rétablir.',
    'problems.auth.alreadyActivated': 'Ce compte est déjà activé. Connectez-vous avec son mot de passe.',
    'problems.auth.tooManyResets':
      'Trop de demandes de nouveau mot de passe depuis ce poste. Réessayez dans une heure.',
    'problems.auth.currentPasswordWrong': 'Le mot de passe actuel est incorrect',
    'problems.auth.pleaseSignIn': 'Veuillez vous connecter',
    'problems.auth.wrongCredentials': 'L’adresse électronique ou le mot de passe est incorrect',
    'problems.auth.invitationInvalid':
      'Ce lien d’invitation n’est pas valide. Demandez-en un nouveau au coordinateur.',
    'problems.auth.invitationUsed':
      'Cette invitation a déjà été utilisée. Connectez-vous avec votre adresse électronique et votre mot de passe.',
    'problems.auth.invitationExpired':
      'Ce lien d’invitation a expiré. Demandez-en un nouveau au coordinateur.',
    'problems.auth.haveAccount':
      'Vous avez déjà un compte : saisissez votre mot de passe actuel pour rejoindre l’examen',
    'problems.auth.justActivated':
      'Votre compte vient d’être activé à partir d’une autre invitation : ouvrez de nouveau ce lien et saisissez ce mot de passe',
    'problems.auth.signInToContinue': 'Veuillez vous connecter pour continuer',
    'problems.auth.throttled':
      'Trop de tentatives de connexion infructueuses. Patientez {minutes, plural, one {# minute} other {# minutes}} et réessayez.',
    'problems.catalogue.noTemplate': 'Il n’existe pas de modèle d’enquête « {key} »',
    'problems.contributions.notThisAssignment':
      'Le commentaire auquel vous répondez n’appartient pas à cette tâche',
    'problems.contributions.savedMeanwhile':
      'Cette contribution a été enregistrée{editor, select, none {} other { par {editor}}} après que vous l’avez ouverte (vous avez modifié la version {sent}, elle en est maintenant à la version {current}). Votre texte n’a pas été enregistré : comparez-le avec le texte actuel et enregistrez de nouveau.',
    'problems.contributions.changedAfterLoad':
      'La tâche a été modifiée après son chargement (vous avez vu la version {sent}, elle en est maintenant à la version {current}, à l’état « {state} »). Rechargez-la et réessayez.',
    'problems.contributions.emptySubmit':
      'Une contribution vide ne peut pas être soumise : rédigez et enregistrez d’abord le texte',
    'problems.contributions.changedMeanwhile':
      'La tâche a été modifiée entre-temps. Rechargez-la et réessayez.',
    'problems.instance.ownAccount': 'Vous ne pouvez pas suspendre votre propre compte',
    'problems.instance.accountChanged':
      'Quelqu’un d’autre a modifié ce compte entre-temps. Rechargez la page pour voir la modification.',
    'problems.instance.lastAdministrator':
      'Il s’agit du dernier administrateur non suspendu ; désignez-en d’abord un autre.',
    'problems.members.organisationNotInReview': 'L’organisation ne participe pas à cet examen',
    'problems.members.noMember': 'Ce membre ne fait pas partie de cet examen',
    'problems.members.contributorOrganisation': 'Un contributeur doit appartenir à une organisation',
    'problems.members.lastCoordinator':
      'Un examen doit avoir au moins un coordinateur : désignez-en d’abord un autre',
    'problems.organisations.alreadyTakesPart': '{name} participe déjà à cet examen',
    'problems.organisations.archived':
      '{name} est archivée dans l’annuaire {country} : restaurez-la dans l’annuaire pour l’utiliser de nouveau',
    'problems.organisations.noneInDirectory': 'Cette organisation ne figure pas dans l’annuaire {country}',
    'problems.organisations.notInReview': 'Cette organisation ne participe pas à cet examen',
    'problems.organisations.coordinatingOffice':
      '{name} est le bureau de coordination : choisissez d’abord un autre bureau dans les paramètres',
    'problems.organisations.cannotLeave': '{name} ne peut pas quitter cet examen tant qu’il lui reste {uses}',
    'problems.organisations.alreadyInDirectory': '{name} figure déjà dans l’annuaire {country}',
    'problems.organisations.headContact': 'Le contact principal doit être membre de cet examen',
    'problems.publication.reviewChanged':
      'Quelqu’un d’autre a modifié l’examen entre-temps. Rechargez la page pour voir ses modifications.',
    'problems.questionnaires.versionExists':
      'Le questionnaire « {key} » version {version} existe déjà ; un formulaire modifié exige un nouveau numéro de version',
    'problems.questionnaires.noVersion': 'Il n’existe pas de questionnaire « {key} » version {version}',
    'problems.questionnaires.notImported':
      'Le questionnaire n’a pas été importé : il comporte {count, plural, one {# problème} other {# problèmes}}. Corrigez le fichier et réessayez.',
    'problems.questionnaires.alreadyHasQuestion': 'L’examen comporte déjà une question {code}',
    'problems.questionnaires.hasNoQuestion': 'L’examen ne comporte pas de question {code}',
    'problems.questionnaires.ownQuestion':
      'La question {code} appartient au questionnaire : son libellé reste tel quel ; reformulez plutôt ses indications',
    'problems.questionnaires.questionChanged':
      'La question {code} a été modifiée par quelqu’un d’autre : vous avez modifié la version {sent}, elle en est maintenant à la version {current}. Rechargez-la et réessayez.',
    'problems.questionnaires.noQuestionnaire': 'Il n’existe pas de questionnaire « {key} »',
    'problems.reminders.calendarLink': 'Ce lien de calendrier n’est pas (ou plus) valide',
    'problems.reminders.deadlineSame': 'La date limite finale n’a pas changé : rien à décaler',
    'problems.reminders.reviewChanged': 'L’examen a été modifié entre-temps. Rechargez-le et réessayez.',
    'problems.reminders.cannotShift':
      'Les échéances ne peuvent pas être décalées autant : {count} seraient alors erronées ({first})',
    'problems.reminders.noPreview':
      'Ce courriel n’est rédigé pour chaque personne qu’au moment de son envoi : il n’y a encore rien à prévisualiser',
    'problems.reminders.onlyFailed': 'Seul un courriel dont l’envoi a échoué peut être renvoyé',
    'problems.reminders.nothingToRemind': 'Aucun rappel à envoyer : la contribution est à l’état « {state} »',
    'problems.reminders.recentlySent':
      'Un rappel pour cette tâche a été envoyé il y a {minutes, plural, one {# minute} other {# minutes}}. Réessayez dans une heure.',
    'problems.reminders.onItsWay': 'Un rappel est déjà en cours d’envoi',
    'problems.reminders.settingsChanged':
      'Quelqu’un d’autre a modifié les paramètres de l’examen entre-temps. Rechargez la page pour voir ses modifications.',
    'problems.report.onlySubmitted':
      'Seul un rapport soumis peut être modifié ; cet examen est à l’état « {status} »',
    'problems.report.amendmentOpen':
      'Une modification est déjà ouverte ({count, plural, one {question} other {questions}} {codes}) ; soumettez-la avant d’en ouvrir une autre',
    'problems.report.noLongerSent':
      'L’examen est à l’état « {status} » : son rapport ne peut plus être envoyé',
    'problems.report.notReady':
      'Le rapport n’est pas prêt à être envoyé : {count, plural, one {# point doit} other {# points doivent}} d’abord être corrigés ({problems})',
    'problems.report.amendmentOpenClose':
      'Une modification est ouverte ({count, plural, one {question} other {questions}} {codes}) : soumettez le rapport modifié avant de clore l’examen',
    'problems.report.submittedOn':
      'Le rapport a été soumis le {date} ; ouvrez une modification pour le changer',
    'problems.report.submitted': 'Le rapport a été soumis ; ouvrez une modification pour le changer',
    'problems.report.submittedOnAmended':
      'Le rapport a été soumis le {date} ; ouvrez une modification pour envoyer une version modifiée',
    'problems.report.submittedAmended':
      'Le rapport a été soumis ; ouvrez une modification pour envoyer une version modifiée',
    'problems.report.reopensOnlyOn':
      'Le rapport a été soumis le {date} ; la modification ouverte ne rouvre que {count, plural, one {la question} other {les questions}} {codes}, et non la question {code}',
    'problems.report.reopensOnly':
      'Le rapport a été soumis ; la modification ouverte ne rouvre que {count, plural, one {la question} other {les questions}} {codes}, et non la question {code}',
    'problems.report.closed': 'L’examen est clos : plus rien ne peut y être modifié',
    'problems.report.archived':
      'L’examen est archivé : il peut être consulté, mais plus rien ne peut y être modifié',
    'problems.reviews.startFrom': 'L’examen de départ : {problem}',
    'problems.reviews.nameCoordinator':
      'Désignez le coordinateur de l’examen du pays : il sera invité par courriel',
    'problems.reviews.exists': 'Un examen {title} pour {country} {cycle} existe déjà',
    'problems.reviews.countryHasReviews':
      '{country} a déjà des examens sur cette installation : son prochain examen est lancé par l’un de ses coordinateurs ou par l’administrateur',
    'problems.reviews.countryFixed':
      'Le pays d’un examen ne peut plus changer une fois l’examen lancé : lancez plutôt un examen pour l’autre pays',
    'problems.reviews.coordinatingOffice':
      'Le bureau de coordination doit être l’une des organisations participantes',
    'problems.reviews.deadlineCannotMove':
      'La date limite finale ne peut pas être fixée à cette date : {problem}',
    'problems.reviews.statusCannotBeSet': 'Cet état ne peut pas être défini ici',
    'problems.reviews.closedOnly': 'L’examen est clos : il ne peut plus qu’être archivé',
    'problems.reviews.archivedStays': 'L’examen est archivé : il reste en l’état',
    'problems.reviews.submittedOnlyClose':
      'Le rapport est soumis : l’examen ne peut plus qu’être clos (une modification rouvre des questions en vue d’une version modifiée)',
    'problems.votes.roundClosed':
      'Le tour s’est clos le {moment} ; les bulletins ne peuvent plus être déposés ni modifiés',
    'problems.votes.roundNotOpen':
      'Le tour s’ouvre le {moment} ; aucun bulletin ne peut être déposé avant cette date',
    'problems.votes.secretBallotOld':
      'Votre bulletin dans ce vote secret ne peut plus être distingué des autres (il a été déposé avant une mise à jour de l’application ou un changement de sa clé secrète) ; il ne peut donc pas être modifié. Il est compté tel que vous l’avez déposé.',
    'problems.votes.roundStill':
      'Le tour est toujours {state, select, open {ouvert} other {à venir}} (il se clôt le {moment}) ; clôturez-le avant d’arrêter les priorités',
    'problems.votes.noPriorityQuestion':
      'Le questionnaire de cet examen ne comporte pas de question sur les objectifs prioritaires pour recevoir les priorités',
    'problems.votes.voteChanged':
      'Le vote a été modifié par quelqu’un d’autre : vous avez modifié la version {sent}, il en est maintenant à la version {current}. Rechargez-le et réessayez.',
    'problems.votes.question7Changed': 'La réponse à la question 7 a été modifiée entre-temps. Réessayez.',
    'problems.votes.nothingToRemind':
      'Aucun rappel à envoyer : le tour {state, select, scheduled {n’est pas encore ouvert} other {est clos}}',
    'problems.votes.recentlyReminded':
      'Des rappels pour ce vote ont été envoyés il y a {minutes, plural, one {# minute} other {# minutes}}. Réessayez dans une heure.',
    'problems.votes.secretByType':
      'Les résultats d’un vote secret ne peuvent pas être ventilés par type d’organisation : dans un petit groupe, les chiffres révéleraient le vote de ses membres',
    'problems.votes.rankedOnly':
      'Seuls les votes par classement disposent d’une matrice de comparaison par paires filtrable par type d’organisation',
    'problems.votes.resultsHidden': 'Les résultats restent masqués jusqu’à la clôture du tour',
    'problems.votes.notOpenYet':
      'Le tour n’est pas encore ouvert (il s’ouvre le {moment}) ; il n’y a rien à clore',
    'problems.votes.alreadyClosed': 'Le tour est déjà clos (depuis le {moment})',
    'problems.workshops.changed':
      '{what, select, workshop {L’atelier a été modifié} other {La mesure de suivi a été modifiée}} par quelqu’un d’autre : vous avez modifié la version {sent}, on en est maintenant à la version {current}. Rechargez la page et réessayez.',
    'problems.workspaces.notImported':
      'Rien n’a été importé : {count, plural, one {# ligne comporte} other {# lignes comportent}} des erreurs. Corrigez le fichier et réessayez.',
    'problems.workspaces.notCountrys': 'Cet examen n’appartient pas à {country}',
    'problems.workspaces.cannotDelete':
      '{name} ne peut pas être supprimé tant que des éléments y renvoient ({uses}) : archivez-le plutôt',
    'problems.workspaces.cannotRemovePerson':
      '{name} ne peut pas être retiré de l’annuaire tant que des examens du pays y renvoient ({uses}) : archivez plutôt cette personne',
    'problems.workspaces.noPerson': 'Cette personne ne figure pas dans l’annuaire {country}',
    'problems.workspaces.currentOrganisation':
      'L’organisation doit être l’une des organisations actuelles de l’annuaire {country}',
    'problems.lifecycle.already':
      'L’examen est déjà {status, select, setup {en préparation} collecting {en phase de collecte des réponses} consolidating {en phase de consolidation} submitted {soumis} closed {clos} other {archivé}}',
    'problems.lifecycle.onlyFrom':
      'Seul un examen {needed, select, submitted {soumis} other {clos}} peut être {to, select, closed {clos} other {archivé}} ; cet examen est {from, select, setup {en préparation} collecting {en phase de collecte des réponses} consolidating {en phase de consolidation} submitted {soumis} closed {clos} other {archivé}}',
    'problems.lifecycle.becomes':
      'Un examen passe à l’état « {to, select, setup {en préparation} collecting {en phase de collecte des réponses} consolidating {en phase de consolidation} submitted {soumis} closed {clos} other {archivé}} » {how, select, edit {par la modification des paramètres pendant les travaux} submit {par la soumission du rapport} close {par sa clôture une fois le rapport soumis} other {par son archivage une fois clos}}',
    'problems.lifecycle.becomesNotSettings':
      'Un examen passe à l’état « {to, select, setup {en préparation} collecting {en phase de collecte des réponses} consolidating {en phase de consolidation} submitted {soumis} closed {clos} other {archivé}} » {how, select, edit {par la modification des paramètres pendant les travaux} submit {par la soumission du rapport} close {par sa clôture une fois le rapport soumis} other {par son archivage une fois clos}}, et non par la modification de ses paramètres',
    'problems.reviews.startFromNotYours': 'n’est pas un examen de {country} que vous coordonnez',
    'problems.reviews.startFromCycle': 'relève du cycle {cycle}, et non d’un cycle antérieur à {current}',
  },
  es: {
    'problems.http.foreignSite': 'Se rechazan las solicitudes procedentes de otros sitios',
    'problems.http.sendOrigin':
      'Se rechazan las solicitudes procedentes de otros sitios: envíe el encabezado Origin de este sitio ({origin}) con las solicitudes que modifican datos',
    'problems.http.multipart': 'Envíe el archivo como multipart/form-data, en el campo de formulario "file"',
    'problems.http.json': 'Envíe el cuerpo de la solicitud en JSON (Content-Type: application/json)',
    'problems.http.jsonNot':
      'Envíe el cuerpo de la solicitud en JSON (Content-Type: application/json), no en {type}',
    'problems.http.invalid': 'La solicitud no es válida: {summary}',
    'problems.http.bodyRequired': 'se requiere un cuerpo JSON',
    'problems.http.nothingAt': 'No hay nada en {method} {path}',
    'problems.http.bodyTooLarge': 'El cuerpo de la solicitud es demasiado grande',
    'problems.http.bodyNotJson': 'El cuerpo de la solicitud no es un JSON válido',
    'problems.http.bodyUnreadable': 'No se puede leer el cuerpo de la solicitud',
    'problems.http.internal': 'Se ha producido un error en nuestro sistema. El error ha quedado registrado.',
    'problems.http.unique': 'Ya existe un registro con los mismos valores únicos',
    'problems.http.recordGone': 'El registro no existe (o ya no existe)',
    'problems.http.missingReference': 'El cambio hace referencia a un registro que no existe',
    'problems.access.noReview': 'No hay ningún examen con este identificador',
    'problems.access.noAssignment': 'No hay ninguna tarea con este identificador',
    'problems.access.noAttachment': 'No hay ningún archivo adjunto con este identificador',
    'problems.access.noVote': 'No hay ninguna votación con este identificador',
    'problems.access.noWorkshop': 'No hay ningún taller con este identificador',
    'problems.access.noActionItem': 'No hay ninguna medida de seguimiento con este identificador',
    'problems.access.noSubmission': 'No hay ningún envío con este identificador',
    'problems.access.noPublishedReport': 'No hay ningún informe publicado con este identificador',
    'problems.access.noEmail': 'Este correo electrónico no existe',
    'problems.access.noAccount': 'Esta cuenta no existe',
    'problems.access.noWorkspace': 'Este espacio de trabajo nacional no existe',
    'problems.access.onlyRole': 'Para {doing} se requiere el rol de {who}',
    'problems.access.onlyOwnOrganisation':
      'Solo los puntos focales de la organización encargada de la tarea o el coordinador pueden {doing}',
    'problems.access.onlyAdministrator': 'Solo un administrador de esta instalación puede {doing}',
    'problems.access.onlyAdministratorImport':
      'Solo un administrador de esta instalación puede importar cuestionarios',
    'problems.access.cannotStartReview':
      'Usted no puede iniciar un examen: pida al administrador de esta instalación que lo inicie o que le conceda ese derecho',
    'problems.access.onlyAdministratorStart':
      'Solo un administrador de esta instalación puede iniciar el examen de un país',
    'problems.access.remindersOf':
      'Solo el coordinador o los puntos focales de la organización encargada de la tarea pueden ver sus recordatorios',
    'problems.access.notVoter': 'Usted no figura en la lista de votantes de esta ronda',
    'problems.answers.savedMeanwhile':
      'La respuesta a la pregunta {code} se guardó{editor, select, none {} other { por {editor}}} después de que usted la abriera (usted editó la versión {sent}; ahora es la versión {current}). Su texto no se ha guardado: compárelo con el texto actual y vuelva a guardarlo.',
    'problems.answers.noQuestion': 'Este examen no tiene ninguna pregunta {code}',
    'problems.assignments.acceptedElsewhere':
      'Una contribución aceptada no puede asignarse a otra organización; reábrala primero',
    'problems.assignments.alreadyAssignedTo': 'La pregunta {code} ya está asignada a {organisation}',
    'problems.assignments.alreadyLeadOf':
      'La pregunta {code} ya tiene una organización principal ({organisation}); cada pregunta tiene una sola organización principal',
    'problems.assignments.staleMatrix':
      'No se ha cambiado nada: otra persona cambió {what} mientras tanto. Vuelva a cargar la matriz e inténtelo de nuevo.',
    'problems.assignments.cannotRemoveState':
      'La contribución a {what} está en el estado «{state}»; una tarea enviada o aceptada no puede eliminarse',
    'problems.assignments.cannotRemoveWork':
      '{who} ya ha guardado texto o adjuntado archivos para la pregunta {code}; una tarea con trabajo realizado no puede eliminarse (reasígnela en su lugar)',
    'problems.assignments.staleVersion':
      'Otra persona modificó la tarea: usted editó la versión {sent}; ahora es la versión {current}. Vuelva a cargarla e inténtelo de nuevo.',
    'problems.assignments.alreadyLead':
      'Esta pregunta ya tiene una organización principal; cada pregunta tiene una sola organización principal',
    'problems.assignments.alreadyAssigned': 'Esta pregunta ya está asignada a esta organización',
    'problems.assignments.nothingAssigned': 'No se ha asignado nada: {summary}',
    'problems.attachments.allowedTypes': '{problem} Se admiten archivos {types}.',
    'problems.attachments.attachFile': 'Adjunte un archivo en el campo de formulario multipart "file"',
    'problems.attachments.empty': 'El archivo «{name}» está vacío',
    'problems.attachments.tooLarge': 'El archivo «{name}» supera el límite de carga de {limit}',
    'problems.attachments.storedMissing':
      'Falta el archivo almacenado de «{name}»; debe restaurarse a partir de la copia de seguridad',
    'problems.attachments.storeUnavailableUpload':
      'El almacén de archivos adjuntos no responde; el archivo no se ha guardado. Vuelva a intentarlo en unos minutos.',
    'problems.attachments.storeUnavailableDownload':
      'El almacén de archivos adjuntos no responde; el archivo no se puede descargar ahora. Vuelva a intentarlo en unos minutos.',
    'problems.attachments.uploadTooLarge': 'El archivo supera el límite de carga de {limit}',
    'problems.attachments.oneFile': 'Envíe un solo archivo en el campo de formulario multipart "file"',
    'problems.attachments.oneFileCameIn':
      'Envíe un solo archivo en el campo de formulario multipart "file" (llegó un archivo en «{field}»)',
    'problems.attachments.oneAtATime':
      'Envíe los archivos de uno en uno en el campo de formulario multipart "file"',
    'problems.attachments.unreadable': 'No se puede leer el archivo cargado: {reason}',
    'problems.auth.alreadyActivatedBy': '{email} ya ha activado la cuenta; puede iniciar sesión.',
    'problems.auth.linkInvalid':
      'Este enlace no es válido. Solicite uno nuevo en la página de inicio de sesión.',
    'problems.auth.linkUsed': 'Este enlace ya se ha utilizado. Inicie sesión o solicite un nuevo enlace.',
    'problems.auth.suspended':
      'Esta cuenta está suspendida. Pida al administrador de esta instalación que la restablezca.',
    'problems.auth.alreadyActivated': 'Esta cuenta ya está activada. Inicie sesión con su contraseña.',
    'problems.auth.tooManyResets':
      'Demasiadas solicitudes de nuevas contraseñas desde aquí. Inténtelo de nuevo dentro de una hora.',
    'problems.auth.currentPasswordWrong': 'La contraseña actual no es correcta',
    'problems.auth.pleaseSignIn': 'Inicie sesión',
    'problems.auth.wrongCredentials': 'La dirección de correo electrónico o la contraseña no son correctas',
    'problems.auth.invitationInvalid':
      'Este enlace de invitación no es válido. Pida uno nuevo al coordinador.',
    'problems.auth.invitationUsed':
      'Esta invitación ya se ha utilizado. Inicie sesión con su correo electrónico y su contraseña.',
    'problems.auth.invitationExpired':
      'Este enlace de invitación ha caducado. Pida uno nuevo al coordinador.',
    'problems.auth.haveAccount': 'Usted ya tiene una cuenta: introduzca su contraseña actual para unirse',
    'problems.auth.justActivated':
      'Su cuenta acaba de activarse a partir de otra invitación: vuelva a abrir este enlace e introduzca esa contraseña',
    'problems.auth.signInToContinue': 'Inicie sesión para continuar',
    'problems.auth.throttled':
      'Demasiados intentos fallidos de inicio de sesión. Espere {minutes, plural, one {# minuto} other {# minutos}} e inténtelo de nuevo.',
    'problems.catalogue.noTemplate': 'No existe la plantilla de encuesta «{key}»',
    'problems.contributions.notThisAssignment': 'El comentario al que responde no pertenece a esta tarea',
    'problems.contributions.savedMeanwhile':
      'Esta contribución se guardó{editor, select, none {} other { por {editor}}} después de que usted la abriera (usted editó la versión {sent}; ahora es la versión {current}). Su texto no se ha guardado: compárelo con el texto actual y vuelva a guardarlo.',
    'problems.contributions.changedAfterLoad':
      'La tarea cambió después de que usted la cargara (usted vio la versión {sent}; ahora es la versión {current}, en el estado «{state}»). Vuelva a cargarla e inténtelo de nuevo.',
    'problems.contributions.emptySubmit':
      'No se puede enviar una contribución vacía: primero redacte y guarde el texto',
    'problems.contributions.changedMeanwhile':
      'La tarea cambió mientras tanto. Vuelva a cargarla e inténtelo de nuevo.',
    'problems.instance.ownAccount': 'Usted no puede suspender su propia cuenta',
    'problems.instance.accountChanged':
      'Otra persona modificó esta cuenta mientras tanto. Vuelva a cargar la página para ver el cambio.',
    'problems.instance.lastAdministrator':
      'Este es el último administrador no suspendido; designe primero a otro.',
    'problems.members.organisationNotInReview': 'La organización no participa en este examen',
    'problems.members.noMember': 'Ese miembro no forma parte de este examen',
    'problems.members.contributorOrganisation': 'Un colaborador debe pertenecer a una organización',
    'problems.members.lastCoordinator': 'Un examen necesita al menos un coordinador: designe primero a otro',
    'problems.organisations.alreadyTakesPart': '{name} ya participa en este examen',
    'problems.organisations.archived':
      '{name} está archivada en el directorio de {country}: restáurela allí para volver a utilizarla',
    'problems.organisations.noneInDirectory': 'Esa organización no figura en el directorio de {country}',
    'problems.organisations.notInReview': 'Esta organización no participa en este examen',
    'problems.organisations.coordinatingOffice':
      '{name} es la oficina coordinadora: elija primero otra oficina en la configuración',
    'problems.organisations.cannotLeave': '{name} no puede abandonar este examen mientras aún tenga {uses}',
    'problems.organisations.alreadyInDirectory': '{name} ya figura en el directorio de {country}',
    'problems.organisations.headContact': 'El contacto principal debe ser miembro de este examen',
    'problems.publication.reviewChanged':
      'Otra persona modificó el examen mientras tanto. Vuelva a cargar la página para ver sus cambios.',
    'problems.questionnaires.versionExists':
      'El cuestionario «{key}» versión {version} ya existe; un formulario modificado necesita un nuevo número de versión',
    'problems.questionnaires.noVersion': 'No existe el cuestionario «{key}» versión {version}',
    'problems.questionnaires.notImported':
      'El cuestionario no se ha importado: tiene {count, plural, one {# problema} other {# problemas}}. Corrija el archivo e inténtelo de nuevo.',
    'problems.questionnaires.alreadyHasQuestion': 'El examen ya tiene una pregunta {code}',
    'problems.questionnaires.hasNoQuestion': 'El examen no tiene ninguna pregunta {code}',
    'problems.questionnaires.ownQuestion':
      'La pregunta {code} pertenece al cuestionario: su redacción se mantiene tal como se formuló; reformule en su lugar sus orientaciones',
    'problems.questionnaires.questionChanged':
      'Otra persona modificó la pregunta {code}: usted editó la versión {sent}; ahora es la versión {current}. Vuelva a cargarla e inténtelo de nuevo.',
    'problems.questionnaires.noQuestionnaire': 'No existe el cuestionario «{key}»',
    'problems.reminders.calendarLink': 'Este enlace de calendario no es válido (o ya no lo es)',
    'problems.reminders.deadlineSame': 'El plazo final no ha cambiado: no hay nada que desplazar',
    'problems.reminders.reviewChanged':
      'El examen cambió mientras tanto. Vuelva a cargarlo e inténtelo de nuevo.',
    'problems.reminders.cannotShift':
      'Los plazos no pueden desplazarse tanto: {count} serían entonces incorrectos ({first})',
    'problems.reminders.noPreview':
      'Este correo electrónico se redacta para cada persona solo en el momento del envío: todavía no hay nada que previsualizar',
    'problems.reminders.onlyFailed': 'Solo puede reintentarse un correo electrónico cuyo envío haya fallado',
    'problems.reminders.nothingToRemind':
      'No hay nada que recordar: la contribución está en el estado «{state}»',
    'problems.reminders.recentlySent':
      'Se envió un recordatorio para esta tarea hace {minutes, plural, one {# minuto} other {# minutos}}. Inténtelo de nuevo dentro de una hora.',
    'problems.reminders.onItsWay': 'Ya se está enviando un recordatorio',
    'problems.reminders.settingsChanged':
      'Otra persona modificó la configuración del examen mientras tanto. Vuelva a cargar la página para ver sus cambios.',
    'problems.report.onlySubmitted':
      'Solo puede enmendarse un informe enviado; este examen está en el estado «{status}»',
    'problems.report.amendmentOpen':
      'Ya hay una enmienda abierta ({count, plural, one {pregunta} other {preguntas}} {codes}); envíela antes de abrir otra',
    'problems.report.noLongerSent': 'El examen está en el estado «{status}»: su informe ya no puede enviarse',
    'problems.report.notReady':
      'El informe no está listo para enviarse: primero hay que corregir {count, plural, one {# elemento} other {# elementos}} ({problems})',
    'problems.report.amendmentOpenClose':
      'Hay una enmienda abierta ({count, plural, one {pregunta} other {preguntas}} {codes}): envíe el informe enmendado antes de cerrar el examen',
    'problems.report.submittedOn': 'El informe se envió el {date}; abra una enmienda para modificarlo',
    'problems.report.submitted': 'El informe se ha enviado; abra una enmienda para modificarlo',
    'problems.report.submittedOnAmended':
      'El informe se envió el {date}; abra una enmienda para enviar una versión enmendada',
    'problems.report.submittedAmended':
      'El informe se ha enviado; abra una enmienda para enviar una versión enmendada',
    'problems.report.reopensOnlyOn':
      'El informe se envió el {date}; la enmienda abierta solo reabre {count, plural, one {la pregunta} other {las preguntas}} {codes}, no la pregunta {code}',
    'problems.report.reopensOnly':
      'El informe se ha enviado; la enmienda abierta solo reabre {count, plural, one {la pregunta} other {las preguntas}} {codes}, no la pregunta {code}',
    'problems.report.closed': 'El examen está cerrado: ya no se puede modificar nada en él',
    'problems.report.archived':
      'El examen está archivado: puede consultarse, pero ya no se puede modificar nada en él',
    'problems.reviews.startFrom': 'El examen de partida: {problem}',
    'problems.reviews.nameCoordinator':
      'Indique el coordinador del examen del país: se le invitará por correo electrónico',
    'problems.reviews.exists': 'Ya existe un examen {title} para {country} {cycle}',
    'problems.reviews.countryHasReviews':
      '{country} ya tiene exámenes en esta instalación: su próximo examen lo inicia uno de sus coordinadores o el administrador',
    'problems.reviews.countryFixed':
      'El país de un examen no puede cambiar una vez iniciado: inicie en su lugar un examen para el otro país',
    'problems.reviews.coordinatingOffice':
      'La oficina coordinadora debe ser una de las organizaciones participantes',
    'problems.reviews.deadlineCannotMove': 'El plazo final no puede trasladarse a esa fecha: {problem}',
    'problems.reviews.statusCannotBeSet': 'Este estado no puede establecerse aquí',
    'problems.reviews.closedOnly': 'El examen está cerrado: ahora solo puede archivarse',
    'problems.reviews.archivedStays': 'El examen está archivado: permanece tal como está',
    'problems.reviews.submittedOnlyClose':
      'El informe se ha enviado: ahora el examen solo puede cerrarse (una enmienda reabre preguntas para una versión enmendada)',
    'problems.votes.roundClosed':
      'La ronda se cerró el {moment}; ya no pueden emitirse ni modificarse papeletas',
    'problems.votes.roundNotOpen':
      'La ronda se abre el {moment}; no pueden emitirse papeletas antes de esa fecha',
    'problems.votes.secretBallotOld':
      'Su papeleta en esta votación secreta ya no puede distinguirse de las demás (se emitió antes de una actualización de la aplicación o de un cambio de su clave secreta), por lo que no puede modificarse. Se cuenta tal como usted la emitió.',
    'problems.votes.roundStill':
      'La ronda sigue {state, select, open {abierta} other {pendiente de apertura}} (se cierra el {moment}); ciérrela antes de fijar las prioridades',
    'problems.votes.noPriorityQuestion':
      'El cuestionario de este examen no tiene ninguna pregunta sobre objetivos prioritarios que pueda recoger las prioridades',
    'problems.votes.voteChanged':
      'Otra persona modificó la votación: usted editó la versión {sent}; ahora es la versión {current}. Vuelva a cargarla e inténtelo de nuevo.',
    'problems.votes.question7Changed':
      'La respuesta a la pregunta 7 cambió mientras tanto. Inténtelo de nuevo.',
    'problems.votes.nothingToRemind':
      'No hay nada que recordar: la ronda {state, select, scheduled {aún no se ha abierto} other {está cerrada}}',
    'problems.votes.recentlyReminded':
      'Se enviaron recordatorios para esta votación hace {minutes, plural, one {# minuto} other {# minutos}}. Inténtelo de nuevo dentro de una hora.',
    'problems.votes.secretByType':
      'Los resultados de una votación secreta no pueden desglosarse por tipo de organización: en un grupo pequeño, las cifras revelarían cómo votaron sus miembros',
    'problems.votes.rankedOnly':
      'Solo las votaciones por clasificación tienen una matriz de comparación por pares que pueda filtrarse por tipo de organización',
    'problems.votes.resultsHidden': 'Los resultados permanecen ocultos hasta que se cierre la ronda',
    'problems.votes.notOpenYet':
      'La ronda aún no se ha abierto (se abre el {moment}); no hay nada que cerrar',
    'problems.votes.alreadyClosed': 'La ronda ya está cerrada (desde el {moment})',
    'problems.workshops.changed':
      'Otra persona modificó {what, select, workshop {el taller} other {la medida de seguimiento}}: usted editó la versión {sent}; ahora es la versión {current}. Vuelva a cargar la página e inténtelo de nuevo.',
    'problems.workspaces.notImported':
      'No se ha importado nada: {count, plural, one {# fila tiene} other {# filas tienen}} errores. Corrija el archivo e inténtelo de nuevo.',
    'problems.workspaces.notCountrys': 'Ese examen no pertenece a {country}',
    'problems.workspaces.cannotDelete':
      '{name} no puede eliminarse mientras algo haga referencia a ello ({uses}): archívelo en su lugar',
    'problems.workspaces.cannotRemovePerson':
      '{name} no puede retirarse del directorio mientras los exámenes del país hagan referencia a esta persona ({uses}): archívela en su lugar',
    'problems.workspaces.noPerson': 'Esa persona no figura en el directorio de {country}',
    'problems.workspaces.currentOrganisation':
      'La organización debe ser una de las organizaciones actuales del directorio de {country}',
    'problems.lifecycle.already':
      'El examen ya está {status, select, setup {en preparación} collecting {en fase de recopilación de respuestas} consolidating {en fase de consolidación} submitted {enviado} closed {cerrado} other {archivado}}',
    'problems.lifecycle.onlyFrom':
      'Solo un examen {needed, select, submitted {enviado} other {cerrado}} puede {to, select, closed {cerrarse} other {archivarse}}; este examen está {from, select, setup {en preparación} collecting {en fase de recopilación de respuestas} consolidating {en fase de consolidación} submitted {enviado} closed {cerrado} other {archivado}}',
    'problems.lifecycle.becomes':
      'Un examen pasa al estado «{to, select, setup {en preparación} collecting {en fase de recopilación de respuestas} consolidating {en fase de consolidación} submitted {enviado} closed {cerrado} other {archivado}}» {how, select, edit {al modificar la configuración mientras se trabaja en él} submit {al enviar el informe} close {al cerrarlo una vez enviado el informe} other {al archivarlo una vez cerrado}}',
    'problems.lifecycle.becomesNotSettings':
      'Un examen pasa al estado «{to, select, setup {en preparación} collecting {en fase de recopilación de respuestas} consolidating {en fase de consolidación} submitted {enviado} closed {cerrado} other {archivado}}» {how, select, edit {al modificar la configuración mientras se trabaja en él} submit {al enviar el informe} close {al cerrarlo una vez enviado el informe} other {al archivarlo una vez cerrado}}, no al modificar su configuración',
    'problems.reviews.startFromNotYours': 'no es un examen de {country} que usted coordine',
    'problems.reviews.startFromCycle': 'corresponde al ciclo {cycle}, no a uno anterior a {current}',
  },
  ru: {
    'problems.http.foreignSite': 'Запросы с других сайтов отклоняются',
    'problems.http.sendOrigin':
      'Запросы с других сайтов отклоняются: отправляйте заголовок Origin этого сайта ({origin}) с запросами, изменяющими данные',
    'problems.http.multipart': 'Отправьте файл в формате multipart/form-data в поле формы "file"',
    'problems.http.json': 'Отправьте тело запроса в формате JSON (Content-Type: application/json)',
    'problems.http.jsonNot':
      'Отправьте тело запроса в формате JSON (Content-Type: application/json), а не {type}',
    'problems.http.invalid': 'Запрос недействителен: {summary}',
    'problems.http.bodyRequired': 'требуется тело запроса в формате JSON',
    'problems.http.nothingAt': 'По адресу {method} {path} ничего не найдено',
    'problems.http.bodyTooLarge': 'Тело запроса слишком велико',
    'problems.http.bodyNotJson': 'Тело запроса не является корректным JSON',
    'problems.http.bodyUnreadable': 'Не удалось прочитать тело запроса',
    'problems.http.internal': 'На нашей стороне произошла ошибка. Она зарегистрирована.',
    'problems.http.unique': 'Запись с такими же уникальными значениями уже существует',
    'problems.http.recordGone': 'Запись не существует (или больше не существует)',
    'problems.http.missingReference': 'Изменение ссылается на несуществующую запись',
    'problems.access.noReview': 'Обзор с таким идентификатором не найден',
    'problems.access.noAssignment': 'Задание с таким идентификатором не найдено',
    'problems.access.noAttachment': 'Вложение с таким идентификатором не найдено',
    'problems.access.noVote': 'Голосование с таким идентификатором не найдено',
    'problems.access.noWorkshop': 'Семинар с таким идентификатором не найден',
    'problems.access.noActionItem': 'Пункт плана действий с таким идентификатором не найден',
    'problems.access.noSubmission': 'Отправка с таким идентификатором не найдена',
    'problems.access.noPublishedReport': 'Опубликованный доклад с таким идентификатором не найден',
    'problems.access.noEmail': 'Такое электронное письмо не найдено',
    'problems.access.noAccount': 'Такая учетная запись не найдена',
    'problems.access.noWorkspace': 'Такое рабочее пространство страны не найдено',
    'problems.access.onlyRole': 'Чтобы {doing}, необходима роль: {who}',
    'problems.access.onlyOwnOrganisation':
      'Только контактные лица назначенной организации или координатор могут {doing}',
    'problems.access.onlyAdministrator': 'Только администратор этой установки может {doing}',
    'problems.access.onlyAdministratorImport':
      'Только администратор этой установки может импортировать вопросники',
    'problems.access.cannotStartReview':
      'Вы не можете начать обзор: попросите администратора этой установки начать его или предоставить вам такое право',
    'problems.access.onlyAdministratorStart':
      'Только администратор этой установки может начать обзор для страны',
    'problems.access.remindersOf':
      'Просматривать напоминания по заданию могут только координатор или контактные лица назначенной организации',
    'problems.access.notVoter': 'Вас нет в списке голосующих в этом раунде',
    'problems.answers.savedMeanwhile':
      'Ответ на вопрос {code} был сохранен{editor, select, none {} other { пользователем {editor}}} после того, как вы его открыли (вы редактировали версию {sent}, теперь это версия {current}). Ваш текст не сохранен: сравните его с текущим текстом и сохраните снова.',
    'problems.answers.noQuestion': 'В этом обзоре нет вопроса {code}',
    'problems.assignments.acceptedElsewhere':
      'Принятый вклад нельзя передать другой организации; сначала откройте его повторно',
    'problems.assignments.alreadyAssignedTo': 'Вопрос {code} уже поручен организации {organisation}',
    'problems.assignments.alreadyLeadOf':
      'У вопроса {code} уже есть ведущая организация ({organisation}); у вопроса может быть только одна ведущая организация',
    'problems.assignments.staleMatrix':
      'Ничего не изменено: за это время кто-то изменил {what}. Перезагрузите матрицу и повторите попытку.',
    'problems.assignments.cannotRemoveState':
      'Вклад по {what} находится в состоянии «{state}»; отправленное или принятое задание удалить нельзя',
    'problems.assignments.cannotRemoveWork':
      '{who} уже сохранили текст или приложили файлы по вопросу {code}; задание, по которому ведется работа, удалить нельзя (вместо этого передайте его другой организации)',
    'problems.assignments.staleVersion':
      'Задание было изменено другим пользователем: вы редактировали версию {sent}, теперь это версия {current}. Перезагрузите его и повторите попытку.',
    'problems.assignments.alreadyLead':
      'У этого вопроса уже есть ведущая организация; у вопроса может быть только одна ведущая организация',
    'problems.assignments.alreadyAssigned': 'Этот вопрос уже поручен этой организации',
    'problems.assignments.nothingAssigned': 'Ничего не поручено: {summary}',
    'problems.attachments.allowedTypes': '{problem} Допускаются файлы {types}.',
    'problems.attachments.attachFile': 'Приложите файл в поле формы multipart "file"',
    'problems.attachments.empty': 'Файл «{name}» пуст',
    'problems.attachments.tooLarge': 'Файл «{name}» превышает ограничение на размер загрузки ({limit})',
    'problems.attachments.storedMissing':
      'Сохраненный файл «{name}» отсутствует; его необходимо восстановить из резервной копии',
    'problems.attachments.storeUnavailableUpload':
      'Хранилище вложений не отвечает; файл не сохранён. Повторите попытку через несколько минут.',
    'problems.attachments.storeUnavailableDownload':
      'Хранилище вложений не отвечает; файл сейчас нельзя скачать. Повторите попытку через несколько минут.',
    'problems.attachments.uploadTooLarge': 'Файл превышает ограничение на размер загрузки ({limit})',
    'problems.attachments.oneFile': 'Отправьте один файл в поле формы multipart "file"',
    'problems.attachments.oneFileCameIn':
      'Отправьте один файл в поле формы multipart "file" (файл пришел в поле «{field}»)',
    'problems.attachments.oneAtATime': 'Отправляйте файлы по одному в поле формы multipart "file"',
    'problems.attachments.unreadable': 'Не удалось прочитать загруженный файл: {reason}',
    'problems.auth.alreadyActivatedBy': '{email} уже активировал(а) учетную запись; можно войти в систему.',
    'problems.auth.linkInvalid': 'Эта ссылка недействительна. Запросите новую на странице входа.',
    'problems.auth.linkUsed': 'Эта ссылка уже использована. Войдите в систему или запросите новую ссылку.',
    'problems.auth.suspended':
      'Эта учетная запись заблокирована. Попросите администратора этой установки восстановить ее.',
    'problems.auth.alreadyActivated': 'Эта учетная запись уже активирована. Войдите с ее паролем.',
    'problems.auth.tooManyResets':
      'Слишком много запросов нового пароля с этого адреса. Повторите попытку через час.',
    'problems.auth.currentPasswordWrong': 'Текущий пароль неверен',
    'problems.auth.pleaseSignIn': 'Пожалуйста, войдите в систему',
    'problems.auth.wrongCredentials': 'Неверный адрес электронной почты или пароль',
    'problems.auth.invitationInvalid':
      'Эта ссылка-приглашение недействительна. Попросите координатора прислать новую.',
    'problems.auth.invitationUsed':
      'Это приглашение уже использовано. Войдите с помощью адреса электронной почты и пароля.',
    'problems.auth.invitationExpired':
      'Срок действия этой ссылки-приглашения истек. Попросите координатора прислать новую.',
    'problems.auth.haveAccount':
      'У вас уже есть учетная запись: введите текущий пароль, чтобы присоединиться',
    'problems.auth.justActivated':
      'Ваша учетная запись только что активирована по другому приглашению: откройте эту ссылку снова и введите тот пароль',
    'problems.auth.signInToContinue': 'Пожалуйста, войдите в систему, чтобы продолжить',
    'problems.auth.throttled':
      'Слишком много неудачных попыток входа. Подождите {minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}} и повторите попытку.',
    'problems.catalogue.noTemplate': 'Шаблон обследования «{key}» не существует',
    'problems.contributions.notThisAssignment':
      'Комментарий, на который вы отвечаете, не относится к этому заданию',
    'problems.contributions.savedMeanwhile':
      'Этот вклад был сохранен{editor, select, none {} other { пользователем {editor}}} после того, как вы его открыли (вы редактировали версию {sent}, теперь это версия {current}). Ваш текст не сохранен: сравните его с текущим текстом и сохраните снова.',
    'problems.contributions.changedAfterLoad':
      'Задание изменилось после загрузки (вы видели версию {sent}, теперь это версия {current} в состоянии «{state}»). Перезагрузите его и повторите попытку.',
    'problems.contributions.emptySubmit': 'Пустой вклад нельзя отправить: сначала напишите и сохраните текст',
    'problems.contributions.changedMeanwhile':
      'За это время задание изменилось. Перезагрузите его и повторите попытку.',
    'problems.instance.ownAccount': 'Вы не можете заблокировать собственную учетную запись',
    'problems.instance.accountChanged':
      'За это время эту учетную запись изменил другой пользователь. Перезагрузите страницу, чтобы увидеть изменение.',
    'problems.instance.lastAdministrator':
      'Это последний незаблокированный администратор; сначала назначьте другого.',
    'problems.members.organisationNotInReview': 'Организация не участвует в этом обзоре',
    'problems.members.noMember': 'Такого участника в этом обзоре нет',
    'problems.members.contributorOrganisation': 'Участник должен принадлежать к организации',
    'problems.members.lastCoordinator':
      'В обзоре должен быть хотя бы один координатор: сначала назначьте другого',
    'problems.organisations.alreadyTakesPart': '{name} уже участвует в этом обзоре',
    'problems.organisations.archived':
      '{name} находится в архиве справочника {country}: восстановите ее там, чтобы снова использовать',
    'problems.organisations.noneInDirectory': 'Такой организации нет в справочнике {country}',
    'problems.organisations.notInReview': 'Эта организация не участвует в этом обзоре',
    'problems.organisations.coordinatingOffice':
      '{name} является координирующим органом: сначала выберите в настройках другой орган',
    'problems.organisations.cannotLeave':
      '{name} не может выйти из этого обзора, пока за ней остаются: {uses}',
    'problems.organisations.alreadyInDirectory': '{name} уже есть в справочнике {country}',
    'problems.organisations.headContact': 'Главное контактное лицо должно быть участником этого обзора',
    'problems.publication.reviewChanged':
      'За это время обзор изменил другой пользователь. Перезагрузите страницу, чтобы увидеть изменения.',
    'problems.questionnaires.versionExists':
      'Вопросник «{key}» версии {version} уже существует; для измененной формы нужен новый номер версии',
    'problems.questionnaires.noVersion': 'Вопросник «{key}» версии {version} не существует',
    'problems.questionnaires.notImported':
      'Вопросник не импортирован: в нем {count, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}. Исправьте файл и повторите попытку.',
    'problems.questionnaires.alreadyHasQuestion': 'В обзоре уже есть вопрос {code}',
    'problems.questionnaires.hasNoQuestion': 'В обзоре нет вопроса {code}',
    'problems.questionnaires.ownQuestion':
      'Вопрос {code} входит в сам вопросник: его формулировка остается неизменной; вместо этого измените пояснения к нему',
    'problems.questionnaires.questionChanged':
      'Вопрос {code} был изменен другим пользователем: вы редактировали версию {sent}, теперь это версия {current}. Перезагрузите его и повторите попытку.',
    'problems.questionnaires.noQuestionnaire': 'Вопросник «{key}» не существует',
    'problems.reminders.calendarLink': 'Эта ссылка на календарь недействительна (или больше не действует)',
    'problems.reminders.deadlineSame': 'Окончательный срок не изменился: сдвигать нечего',
    'problems.reminders.reviewChanged':
      'За это время обзор изменился. Перезагрузите его и повторите попытку.',
    'problems.reminders.cannotShift':
      'Сроки нельзя сдвинуть так далеко: тогда неверными станут {count} ({first})',
    'problems.reminders.noPreview':
      'Это письмо составляется для каждого получателя только в момент отправки: предварительно просматривать пока нечего',
    'problems.reminders.onlyFailed': 'Повторно отправить можно только письмо, отправка которого не удалась',
    'problems.reminders.nothingToRemind': 'Напоминать не о чем: вклад находится в состоянии «{state}»',
    'problems.reminders.recentlySent':
      'Напоминание по этому заданию было отправлено {minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}} назад. Повторите попытку через час.',
    'problems.reminders.onItsWay': 'Напоминание уже отправляется',
    'problems.reminders.settingsChanged':
      'За это время настройки обзора изменил другой пользователь. Перезагрузите страницу, чтобы увидеть изменения.',
    'problems.report.onlySubmitted':
      'Изменения можно вносить только в отправленный доклад; этот обзор находится в состоянии «{status}»',
    'problems.report.amendmentOpen':
      'Поправка уже открыта ({count, plural, one {вопрос} few {вопросы} many {вопросы} other {вопросы}} {codes}); отправьте ее, прежде чем открывать новую',
    'problems.report.noLongerSent':
      'Обзор находится в состоянии «{status}»: его доклад больше нельзя отправить',
    'problems.report.notReady':
      'Доклад не готов к отправке: сначала нужно исправить {count, plural, one {# пункт} few {# пункта} many {# пунктов} other {# пункта}} ({problems})',
    'problems.report.amendmentOpenClose':
      'Открыта поправка ({count, plural, one {вопрос} few {вопросы} many {вопросы} other {вопросы}} {codes}): отправьте измененный доклад, прежде чем закрывать обзор',
    'problems.report.submittedOn': 'Доклад был отправлен {date}; чтобы изменить его, откройте поправку',
    'problems.report.submitted': 'Доклад отправлен; чтобы изменить его, откройте поправку',
    'problems.report.submittedOnAmended':
      'Доклад был отправлен {date}; чтобы отправить измененную версию, откройте поправку',
    'problems.report.submittedAmended':
      'Доклад отправлен; чтобы отправить измененную версию, откройте поправку',
    'problems.report.reopensOnlyOn':
      'Доклад был отправлен {date}; открытая поправка вновь открывает только {count, plural, one {вопрос} few {вопросы} many {вопросы} other {вопросы}} {codes}, но не вопрос {code}',
    'problems.report.reopensOnly':
      'Доклад отправлен; открытая поправка вновь открывает только {count, plural, one {вопрос} few {вопросы} many {вопросы} other {вопросы}} {codes}, но не вопрос {code}',
    'problems.report.closed': 'Обзор закрыт: в нем больше ничего нельзя изменить',
    'problems.report.archived':
      'Обзор находится в архиве: его можно читать, но ничего в нем изменить больше нельзя',
    'problems.reviews.startFrom': 'Исходный обзор: {problem}',
    'problems.reviews.nameCoordinator':
      'Укажите координатора обзора страны: ему будет направлено приглашение по электронной почте',
    'problems.reviews.exists': 'Обзор {title} для {country} за {cycle} уже существует',
    'problems.reviews.countryHasReviews':
      'У страны {country} уже есть обзоры в этой установке: ее следующий обзор начинает один из ее координаторов или администратор',
    'problems.reviews.countryFixed':
      'Страну обзора нельзя изменить после его начала: вместо этого начните обзор для другой страны',
    'problems.reviews.coordinatingOffice':
      'Координирующий орган должен быть одной из участвующих организаций',
    'problems.reviews.deadlineCannotMove': 'Окончательный срок нельзя перенести на эту дату: {problem}',
    'problems.reviews.statusCannotBeSet': 'Это состояние нельзя установить здесь',
    'problems.reviews.closedOnly': 'Обзор закрыт: теперь его можно только передать в архив',
    'problems.reviews.archivedStays': 'Обзор находится в архиве: он остается в неизменном виде',
    'problems.reviews.submittedOnlyClose':
      'Доклад отправлен: теперь обзор можно только закрыть (поправка вновь открывает вопросы для измененной версии)',
    'problems.votes.roundClosed': 'Раунд закрыт {moment}; подавать или изменять бюллетени больше нельзя',
    'problems.votes.roundNotOpen': 'Раунд открывается {moment}; до этого бюллетени подавать нельзя',
    'problems.votes.secretBallotOld':
      'Ваш бюллетень в этом тайном голосовании больше нельзя отличить от других (он был подан до обновления приложения или смены его секретного ключа), поэтому изменить его нельзя. Он учитывается в том виде, в каком вы его подали.',
    'problems.votes.roundStill':
      'Раунд еще {state, select, open {открыт} other {не начался}} (он закрывается {moment}); закройте его, прежде чем утверждать приоритеты',
    'problems.votes.noPriorityQuestion':
      'В вопроснике этого обзора нет вопроса о приоритетных целях, в который можно внести приоритеты',
    'problems.votes.voteChanged':
      'Голосование было изменено другим пользователем: вы редактировали версию {sent}, теперь это версия {current}. Перезагрузите его и повторите попытку.',
    'problems.votes.question7Changed': 'За это время ответ на вопрос 7 изменился. Повторите попытку.',
    'problems.votes.nothingToRemind':
      'Напоминать не о чем: раунд {state, select, scheduled {еще не открыт} other {закрыт}}',
    'problems.votes.recentlyReminded':
      'Напоминания об этом голосовании были отправлены {minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}} назад. Повторите попытку через час.',
    'problems.votes.secretByType':
      'Результаты тайного голосования нельзя разбить по типам организаций: в небольшой группе цифры показали бы, как проголосовали ее участники',
    'problems.votes.rankedOnly':
      'Матрица попарных сравнений, которую можно фильтровать по типу организации, есть только у рейтинговых голосований',
    'problems.votes.resultsHidden': 'Результаты скрыты до закрытия раунда',
    'problems.votes.notOpenYet': 'Раунд еще не открыт (он открывается {moment}); закрывать нечего',
    'problems.votes.alreadyClosed': 'Раунд уже закрыт (с {moment})',
    'problems.workshops.changed':
      '{what, select, workshop {Семинар был изменен} other {Пункт плана действий был изменен}} другим пользователем: вы редактировали версию {sent}, теперь это версия {current}. Перезагрузите страницу и повторите попытку.',
    'problems.workspaces.notImported':
      'Ничего не импортировано: {count, plural, one {# строка содержит} few {# строки содержат} many {# строк содержат} other {# строки содержат}} ошибки. Исправьте файл и повторите попытку.',
    'problems.workspaces.notCountrys': 'Этот обзор не относится к стране {country}',
    'problems.workspaces.cannotDelete':
      '{name} нельзя удалить, пока на него есть ссылки ({uses}): вместо этого передайте его в архив',
    'problems.workspaces.cannotRemovePerson':
      '{name} нельзя удалить из справочника, пока на этого человека ссылаются обзоры страны ({uses}): вместо этого передайте запись в архив',
    'problems.workspaces.noPerson': 'Такого человека нет в справочнике {country}',
    'problems.workspaces.currentOrganisation':
      'Организация должна быть одной из текущих организаций справочника {country}',
    'problems.lifecycle.already':
      'Обзор уже {status, select, setup {на этапе подготовки} collecting {на этапе сбора ответов} consolidating {на этапе сведения ответов} submitted {отправлен} closed {закрыт} other {в архиве}}',
    'problems.lifecycle.onlyFrom':
      '{to, select, closed {Закрыть} other {Передать в архив}} можно только {needed, select, submitted {отправленный} other {закрытый}} обзор; этот обзор {from, select, setup {на этапе подготовки} collecting {на этапе сбора ответов} consolidating {на этапе сведения ответов} submitted {отправлен} closed {закрыт} other {в архиве}}',
    'problems.lifecycle.becomes':
      'Обзор переходит в состояние «{to, select, setup {подготовка} collecting {сбор ответов} consolidating {сведение ответов} submitted {отправлен} closed {закрыт} other {в архиве}}» {how, select, edit {путем изменения настроек в ходе работы над обзором} submit {путем отправки доклада} close {путем его закрытия после отправки доклада} other {путем передачи в архив после закрытия}}',
    'problems.lifecycle.becomesNotSettings':
      'Обзор переходит в состояние «{to, select, setup {подготовка} collecting {сбор ответов} consolidating {сведение ответов} submitted {отправлен} closed {закрыт} other {в архиве}}» {how, select, edit {путем изменения настроек в ходе работы над обзором} submit {путем отправки доклада} close {путем его закрытия после отправки доклада} other {путем передачи в архив после закрытия}}, а не путем изменения его настроек',
    'problems.reviews.startFromNotYours': 'не является обзором страны {country}, который вы координируете',
    'problems.reviews.startFromCycle': 'относится к циклу {cycle}, а не к циклу до {current}',
  },
  zh: {
    'problems.http.foreignSite': '来自其他网站的请求一律拒绝',
    'problems.http.sendOrigin':
      '来自其他网站的请求一律拒绝：更改数据的请求须附带本网站的 Origin 标头（{origin}）',
    'problems.http.multipart': '请以 multipart/form-data 格式在表单字段“file”中发送文件',
    'problems.http.json': '请以 JSON 格式发送请求正文（Content-Type: application/json）',
    'problems.http.jsonNot': '请以 JSON 格式发送请求正文（Content-Type: application/json），而不是 {type}',
    'problems.http.invalid': '请求无效：{summary}',
    'problems.http.bodyRequired': '需要 JSON 请求正文',
    'problems.http.nothingAt': '{method} {path} 处没有任何内容',
    'problems.http.bodyTooLarge': '请求正文过大',
    'problems.http.bodyNotJson': '请求正文不是有效的 JSON',
    'problems.http.bodyUnreadable': '无法读取请求正文',
    'problems.http.internal': '系统出现错误，错误已记录。',
    'problems.http.unique': '已存在具有相同唯一值的记录',
    'problems.http.recordGone': '该记录不存在（或已不存在）',
    'problems.http.missingReference': '所作更改引用了不存在的记录',
    'problems.access.noReview': '没有此编号的审查',
    'problems.access.noAssignment': '没有此编号的任务',
    'problems.access.noAttachment': '没有此编号的附件',
    'problems.access.noVote': '没有此编号的投票',
    'problems.access.noWorkshop': '没有此编号的研讨会',
    'problems.access.noActionItem': '没有此编号的行动事项',
    'problems.access.noSubmission': '没有此编号的提交记录',
    'problems.access.noPublishedReport': '没有此编号的已发布报告',
    'problems.access.noEmail': '没有该电子邮件',
    'problems.access.noAccount': '没有该账户',
    'problems.access.noWorkspace': '没有该国家工作区',
    'problems.access.onlyRole': '只有{who}才能{doing}',
    'problems.access.onlyOwnOrganisation': '只有受托组织的联络人或协调人才能{doing}',
    'problems.access.onlyAdministrator': '只有本系统的管理员才能{doing}',
    'problems.access.onlyAdministratorImport': '只有本系统的管理员才能导入问卷',
    'problems.access.cannotStartReview': '您无法发起审查：请本系统的管理员发起审查或授予您该权限',
    'problems.access.onlyAdministratorStart': '只有本系统的管理员才能为国家发起审查',
    'problems.access.remindersOf': '只有协调人或受托组织的联络人才能查看其提醒',
    'problems.access.notVoter': '您不在本轮投票的投票人名单中',
    'problems.answers.savedMeanwhile':
      '在您打开问题 {code} 的答复后，该答复已{editor, select, none {} other {由 {editor} }}保存（您编辑的是第 {sent} 版，现在是第 {current} 版）。您的文本未保存：请与当前文本进行比较后重新保存。',
    'problems.answers.noQuestion': '本审查中没有问题 {code}',
    'problems.assignments.acceptedElsewhere': '已接受的稿件不能转交其他组织；请先重新开放',
    'problems.assignments.alreadyAssignedTo': '问题 {code} 已分配给 {organisation}',
    'problems.assignments.alreadyLeadOf':
      '问题 {code} 已有牵头组织（{organisation}）；每个问题只有一个牵头组织',
    'problems.assignments.staleMatrix': '未作任何更改：在此期间有人更改了 {what}。请重新加载矩阵后重试。',
    'problems.assignments.cannotRemoveState': '{what} 的稿件状态为“{state}”；已提交或已接受的任务不能删除',
    'problems.assignments.cannotRemoveWork':
      '{who} 已为问题 {code} 保存了文本或附加了文件；已有工作内容的任务不能删除（请改为重新分配）',
    'problems.assignments.staleVersion':
      '任务已被他人更改：您编辑的是第 {sent} 版，现在是第 {current} 版。请重新加载后重试。',
    'problems.assignments.alreadyLead': '此问题已有牵头组织；每个问题只有一个牵头组织',
    'problems.assignments.alreadyAssigned': '此问题已分配给该组织',
    'problems.assignments.nothingAssigned': '未分配任何内容：{summary}',
    'problems.attachments.allowedTypes': '{problem} 允许的文件类型为 {types}。',
    'problems.attachments.attachFile': '请在 multipart 表单字段“file”中附加文件',
    'problems.attachments.empty': '文件“{name}”为空',
    'problems.attachments.tooLarge': '文件“{name}”超过上传限制 {limit}',
    'problems.attachments.storedMissing': '“{name}”的存储文件缺失；须从备份中恢复',
    'problems.attachments.storeUnavailableUpload': '附件存储无响应；文件未保存。请几分钟后重试。',
    'problems.attachments.storeUnavailableDownload': '附件存储无响应；文件现在无法下载。请几分钟后重试。',
    'problems.attachments.uploadTooLarge': '文件超过上传限制 {limit}',
    'problems.attachments.oneFile': '请在 multipart 表单字段“file”中发送一个文件',
    'problems.attachments.oneFileCameIn':
      '请在 multipart 表单字段“file”中发送一个文件（收到的文件位于“{field}”中）',
    'problems.attachments.oneAtATime': '请在 multipart 表单字段“file”中每次发送一个文件',
    'problems.attachments.unreadable': '无法读取上传内容：{reason}',
    'problems.auth.alreadyActivatedBy': '{email} 已激活该账户，可以登录。',
    'problems.auth.linkInvalid': '此链接无效。请在登录页面申请新链接。',
    'problems.auth.linkUsed': '此链接已被使用。请登录，或申请新链接。',
    'problems.auth.suspended': '此账户已被暂停。请本系统的管理员恢复该账户。',
    'problems.auth.alreadyActivated': '此账户已激活。请使用其密码登录。',
    'problems.auth.tooManyResets': '从此处申请新密码的次数过多。请一小时后重试。',
    'problems.auth.currentPasswordWrong': '当前密码不正确',
    'problems.auth.pleaseSignIn': '请登录',
    'problems.auth.wrongCredentials': '电子邮件地址或密码不正确',
    'problems.auth.invitationInvalid': '此邀请链接无效。请向协调人索取新链接。',
    'problems.auth.invitationUsed': '此邀请已被使用。请使用您的电子邮件地址和密码登录。',
    'problems.auth.invitationExpired': '此邀请链接已过期。请向协调人索取新链接。',
    'problems.auth.haveAccount': '您已有账户：请输入当前密码以加入',
    'problems.auth.justActivated': '您的账户刚刚通过另一份邀请激活：请重新打开此链接并输入该密码',
    'problems.auth.signInToContinue': '请登录后继续',
    'problems.auth.throttled': '登录失败次数过多。请等待 {minutes, plural, other {# 分钟}}后重试。',
    'problems.catalogue.noTemplate': '没有调查模板“{key}”',
    'problems.contributions.notThisAssignment': '您回复的评论不属于此任务',
    'problems.contributions.savedMeanwhile':
      '在您打开此稿件后，该稿件已{editor, select, none {} other {由 {editor} }}保存（您编辑的是第 {sent} 版，现在是第 {current} 版）。您的文本未保存：请与当前文本进行比较后重新保存。',
    'problems.contributions.changedAfterLoad':
      '任务在您加载后已更改（您看到的是第 {sent} 版，现在是第 {current} 版，状态为“{state}”）。请重新加载后重试。',
    'problems.contributions.emptySubmit': '空白稿件不能提交：请先撰写并保存文本',
    'problems.contributions.changedMeanwhile': '任务在此期间已更改。请重新加载后重试。',
    'problems.instance.ownAccount': '您不能暂停自己的账户',
    'problems.instance.accountChanged': '在此期间他人更改了此账户。请重新加载以查看更改。',
    'problems.instance.lastAdministrator': '这是最后一名未被暂停的管理员；请先指定另一名管理员。',
    'problems.members.organisationNotInReview': '该组织未参与本审查',
    'problems.members.noMember': '本审查中没有该成员',
    'problems.members.contributorOrganisation': '撰稿方必须隶属于某个组织',
    'problems.members.lastCoordinator': '审查至少需要一名协调人：请先任命另一名协调人',
    'problems.organisations.alreadyTakesPart': '{name} 已参与本审查',
    'problems.organisations.archived': '{name} 已在 {country} 名录中归档：请在名录中恢复后再使用',
    'problems.organisations.noneInDirectory': '{country} 名录中没有该组织',
    'problems.organisations.notInReview': '该组织未参与本审查',
    'problems.organisations.coordinatingOffice': '{name} 是协调机构：请先在设置中选择另一个机构',
    'problems.organisations.cannotLeave': '{name} 仍有 {uses}，不能退出本审查',
    'problems.organisations.alreadyInDirectory': '{name} 已在 {country} 名录中',
    'problems.organisations.headContact': '主要联系人必须是本审查的成员',
    'problems.publication.reviewChanged': '在此期间他人更改了审查。请重新加载以查看其更改。',
    'problems.questionnaires.versionExists': '问卷“{key}”第 {version} 版已存在；更改后的表格需要新的版本号',
    'problems.questionnaires.noVersion': '没有问卷“{key}”第 {version} 版',
    'problems.questionnaires.notImported':
      '问卷未导入：其中有 {count, plural, other {# 个问题}}。请更正文件后重试。',
    'problems.questionnaires.alreadyHasQuestion': '本审查已有问题 {code}',
    'problems.questionnaires.hasNoQuestion': '本审查没有问题 {code}',
    'problems.questionnaires.ownQuestion': '问题 {code} 属于问卷本身：其措辞保持原样；请改为修改其指导说明',
    'problems.questionnaires.questionChanged':
      '问题 {code} 已被他人更改：您编辑的是第 {sent} 版，现在是第 {current} 版。请重新加载后重试。',
    'problems.questionnaires.noQuestionnaire': '没有问卷“{key}”',
    'problems.reminders.calendarLink': '此日历链接无效（或已失效）',
    'problems.reminders.deadlineSame': '最终截止日期未变：无需调整',
    'problems.reminders.reviewChanged': '审查在此期间已更改。请重新加载后重试。',
    'problems.reminders.cannotShift': '截止日期不能调整这么多：否则将有 {count} 项出错（{first}）',
    'problems.reminders.noPreview': '此电子邮件仅在发送时为每个人生成：目前尚无可预览的内容',
    'problems.reminders.onlyFailed': '只有发送失败的电子邮件才能重试',
    'problems.reminders.nothingToRemind': '无需提醒：稿件状态为“{state}”',
    'problems.reminders.recentlySent':
      '此任务的提醒已于 {minutes, plural, other {# 分钟}}前发出。请一小时后重试。',
    'problems.reminders.onItsWay': '提醒正在发送中',
    'problems.reminders.settingsChanged': '在此期间他人更改了审查设置。请重新加载以查看其更改。',
    'problems.report.onlySubmitted': '只有已提交的报告才能修订；本审查的状态为“{status}”',
    'problems.report.amendmentOpen':
      '已有一项修订处于开放状态（问题 {codes}）；请先提交该修订，再开启新的修订{count, plural, other {}}',
    'problems.report.noLongerSent': '审查状态为“{status}”：其报告已不能发送',
    'problems.report.notReady': '报告尚不能发送：须先更正 {count, plural, other {# 项}}（{problems}）',
    'problems.report.amendmentOpenClose':
      '有一项修订处于开放状态（问题 {codes}）：请先提交修订后的报告，再结束审查{count, plural, other {}}',
    'problems.report.submittedOn': '报告已于 {date} 提交；如需更改，请开启修订',
    'problems.report.submitted': '报告已提交；如需更改，请开启修订',
    'problems.report.submittedOnAmended': '报告已于 {date} 提交；如需发送修订版，请开启修订',
    'problems.report.submittedAmended': '报告已提交；如需发送修订版，请开启修订',
    'problems.report.reopensOnlyOn':
      '报告已于 {date} 提交；当前修订仅重新开放问题 {codes}，不包括问题 {code}{count, plural, other {}}',
    'problems.report.reopensOnly':
      '报告已提交；当前修订仅重新开放问题 {codes}，不包括问题 {code}{count, plural, other {}}',
    'problems.report.closed': '审查已结束：其中任何内容都不能再更改',
    'problems.report.archived': '审查已归档：可以查阅，但其中任何内容都不能再更改',
    'problems.reviews.startFrom': '作为起点的审查：{problem}',
    'problems.reviews.nameCoordinator': '请指定该国审查的协调人：系统将通过电子邮件向其发出邀请',
    'problems.reviews.exists': '{country} {cycle} 年度的 {title} 审查已存在',
    'problems.reviews.countryHasReviews':
      '{country} 在本系统中已有审查：其下一次审查由其协调人之一或管理员发起',
    'problems.reviews.countryFixed': '审查一经发起，其国家即不能更改：请改为另一国家发起审查',
    'problems.reviews.coordinatingOffice': '协调机构必须是参与组织之一',
    'problems.reviews.deadlineCannotMove': '最终截止日期不能改到该日期：{problem}',
    'problems.reviews.statusCannotBeSet': '不能在此设置该状态',
    'problems.reviews.closedOnly': '审查已结束：现在只能归档',
    'problems.reviews.archivedStays': '审查已归档：将保持原样',
    'problems.reviews.submittedOnlyClose': '报告已提交：现在只能结束审查（修订可为修订版重新开放问题）',
    'problems.votes.roundClosed': '本轮投票已于 {moment} 结束；不能再投票或更改选票',
    'problems.votes.roundNotOpen': '本轮投票于 {moment} 开始；在此之前不能投票',
    'problems.votes.secretBallotOld':
      '您在此次无记名投票中的选票已无法与其他选票区分（该选票是在应用程序升级或其密钥更换之前投出的），因此不能更改。该选票按您投出时的内容计票。',
    'problems.votes.roundStill':
      '本轮投票仍{state, select, open {在进行中} other {尚未开始}}（将于 {moment} 结束）；请先结束本轮投票，再确定优先事项',
    'problems.votes.noPriorityQuestion': '本审查的问卷中没有可容纳优先事项的优先目标问题',
    'problems.votes.voteChanged':
      '投票已被他人更改：您编辑的是第 {sent} 版，现在是第 {current} 版。请重新加载后重试。',
    'problems.votes.question7Changed': '问题 7 的答复在此期间已更改。请重试。',
    'problems.votes.nothingToRemind':
      '无需提醒：本轮投票{state, select, scheduled {尚未开始} other {已结束}}',
    'problems.votes.recentlyReminded':
      '此次投票的提醒已于 {minutes, plural, other {# 分钟}}前发出。请一小时后重试。',
    'problems.votes.secretByType':
      '无记名投票的结果不能按组织类型细分：在小组中，这些数字会显示其成员的投票情况',
    'problems.votes.rankedOnly': '只有排序投票才有可按组织类型筛选的两两比较矩阵',
    'problems.votes.resultsHidden': '本轮投票结束前不显示结果',
    'problems.votes.notOpenYet': '本轮投票尚未开始（将于 {moment} 开始）；没有可结束的内容',
    'problems.votes.alreadyClosed': '本轮投票已结束（自 {moment} 起）',
    'problems.workshops.changed':
      '{what, select, workshop {研讨会} other {行动事项}}已被他人更改：您编辑的是第 {sent} 版，现在是第 {current} 版。请重新加载后重试。',
    'problems.workspaces.notImported':
      '未导入任何内容：有 {count, plural, other {# 行}}存在错误。请更正文件后重试。',
    'problems.workspaces.notCountrys': '该审查不属于 {country}',
    'problems.workspaces.cannotDelete': '仍有内容引用 {name}（{uses}），因此不能删除：请改为归档',
    'problems.workspaces.cannotRemovePerson':
      '该国的审查仍引用 {name}（{uses}），因此不能从名录中删除：请改为归档',
    'problems.workspaces.noPerson': '{country} 名录中没有该人员',
    'problems.workspaces.currentOrganisation': '该组织必须是 {country} 名录中的现有组织之一',
    'problems.lifecycle.already':
      '审查已经{status, select, setup {处于设置阶段} collecting {处于收集答复阶段} consolidating {处于汇总阶段} submitted {已提交} closed {已结束} other {已归档}}',
    'problems.lifecycle.onlyFrom':
      '只有{needed, select, submitted {已提交} other {已结束}}的审查才能{to, select, closed {结束} other {归档}}；本审查{from, select, setup {处于设置阶段} collecting {处于收集答复阶段} consolidating {处于汇总阶段} submitted {已提交} closed {已结束} other {已归档}}',
    'problems.lifecycle.becomes':
      '审查要进入“{to, select, setup {设置中} collecting {收集答复中} consolidating {汇总中} submitted {已提交} closed {已结束} other {已归档}}”状态，{how, select, edit {须在审查工作期间通过编辑设置} submit {须通过提交报告} close {须在报告提交后将其结束} other {须在结束后将其归档}}',
    'problems.lifecycle.becomesNotSettings':
      '审查要进入“{to, select, setup {设置中} collecting {收集答复中} consolidating {汇总中} submitted {已提交} closed {已结束} other {已归档}}”状态，{how, select, edit {须在审查工作期间通过编辑设置} submit {须通过提交报告} close {须在报告提交后将其结束} other {须在结束后将其归档}}，而不是通过编辑其设置',
    'problems.reviews.startFromNotYours': '不是您所协调的 {country} 审查',
    'problems.reviews.startFromCycle': '属于 {cycle} 周期，而不是 {current} 之前的周期',
  },
  ar: {
    'problems.http.foreignSite': 'تُرفض الطلبات الواردة من مواقع أخرى',
    'problems.http.sendOrigin':
      'تُرفض الطلبات الواردة من مواقع أخرى: أرسلوا ترويسة Origin الخاصة بهذا الموقع ({origin}) مع الطلبات التي تغيّر البيانات',
    'problems.http.multipart': 'أرسلوا الملف بصيغة multipart/form-data في حقل النموذج "file"',
    'problems.http.json': 'أرسلوا متن الطلب بصيغة JSON (Content-Type: application/json)',
    'problems.http.jsonNot': 'أرسلوا متن الطلب بصيغة JSON (Content-Type: application/json)، لا بصيغة {type}',
    'problems.http.invalid': 'الطلب غير صالح: {summary}',
    'problems.http.bodyRequired': 'يلزم متن بصيغة JSON',
    'problems.http.nothingAt': 'لا يوجد شيء في {method} {path}',
    'problems.http.bodyTooLarge': 'متن الطلب كبير جدًا',
    'problems.http.bodyNotJson': 'متن الطلب ليس بصيغة JSON صالحة',
    'problems.http.bodyUnreadable': 'تتعذّر قراءة متن الطلب',
    'problems.http.internal': 'حدث خطأ من جانبنا. وقد سُجّل الخطأ.',
    'problems.http.unique': 'يوجد بالفعل سجل له القيم الفريدة نفسها',
    'problems.http.recordGone': 'السجل غير موجود (أو لم يعد موجودًا)',
    'problems.http.missingReference': 'يشير التغيير إلى سجل غير موجود',
    'problems.access.noReview': 'لا يوجد استعراض بهذا المعرّف',
    'problems.access.noAssignment': 'لا توجد مهمة بهذا المعرّف',
    'problems.access.noAttachment': 'لا يوجد مرفق بهذا المعرّف',
    'problems.access.noVote': 'لا يوجد تصويت بهذا المعرّف',
    'problems.access.noWorkshop': 'لا توجد حلقة عمل بهذا المعرّف',
    'problems.access.noActionItem': 'لا يوجد بند عمل بهذا المعرّف',
    'problems.access.noSubmission': 'لا يوجد إرسال بهذا المعرّف',
    'problems.access.noPublishedReport': 'لا يوجد تقرير منشور بهذا المعرّف',
    'problems.access.noEmail': 'لا توجد رسالة بريد إلكتروني كهذه',
    'problems.access.noAccount': 'لا يوجد حساب كهذا',
    'problems.access.noWorkspace': 'لا توجد مساحة عمل قُطرية كهذه',
    'problems.access.onlyRole': 'لا يحق {doing} إلا لمن له دور: {who}',
    'problems.access.onlyOwnOrganisation': 'لا يحق {doing} إلا لجهات الاتصال في المنظمة المكلّفة أو للمنسق',
    'problems.access.onlyAdministrator': 'لا يحق {doing} إلا لمسؤول عن هذا النظام',
    'problems.access.onlyAdministratorImport': 'لا يحق استيراد الاستبيانات إلا لمسؤول عن هذا النظام',
    'problems.access.cannotStartReview':
      'لا يمكنكم بدء استعراض: اطلبوا من مسؤول هذا النظام أن يبدأه أو أن يمنحكم هذا الحق',
    'problems.access.onlyAdministratorStart': 'لا يحق بدء استعراض لبلد ما إلا لمسؤول عن هذا النظام',
    'problems.access.remindersOf':
      'لا يحق الاطلاع على تذكيرات المهمة إلا للمنسق أو لجهات الاتصال في المنظمة المكلّفة',
    'problems.access.notVoter': 'لستم مدرجين في قائمة المصوّتين في هذه الجولة',
    'problems.answers.savedMeanwhile':
      'حُفظت الإجابة عن السؤال {code}{editor, select, none {} other { بواسطة {editor}}} بعد أن فتحتموها (عدّلتم النسخة {sent}، وهي الآن النسخة {current}). لم يُحفظ نصكم: قارنوه بالنص الحالي ثم احفظوه مجددًا.',
    'problems.answers.noQuestion': 'لا يوجد سؤال {code} في هذا الاستعراض',
    'problems.assignments.acceptedElsewhere': 'لا يمكن إسناد مساهمة مقبولة إلى منظمة أخرى؛ أعيدوا فتحها أولًا',
    'problems.assignments.alreadyAssignedTo': 'السؤال {code} مُسند بالفعل إلى {organisation}',
    'problems.assignments.alreadyLeadOf':
      'للسؤال {code} منظمة رائدة بالفعل ({organisation})؛ وللسؤال منظمة رائدة واحدة فقط',
    'problems.assignments.staleMatrix':
      'لم يُغيَّر شيء: غيّر أحدهم {what} في الأثناء. أعيدوا تحميل المصفوفة وحاولوا مرة أخرى.',
    'problems.assignments.cannotRemoveState':
      'حالة المساهمة في {what} هي «{state}»؛ لا يمكن حذف مهمة مُرسلة أو مقبولة',
    'problems.assignments.cannotRemoveWork':
      'حفظت {who} بالفعل نصًا أو أرفقت ملفات للسؤال {code}؛ لا يمكن حذف مهمة أُنجز فيها عمل (أعيدوا إسنادها بدلًا من ذلك)',
    'problems.assignments.staleVersion':
      'غيّر شخص آخر المهمة: عدّلتم النسخة {sent}، وهي الآن النسخة {current}. أعيدوا تحميلها وحاولوا مرة أخرى.',
    'problems.assignments.alreadyLead': 'لهذا السؤال منظمة رائدة بالفعل؛ وللسؤال منظمة رائدة واحدة فقط',
    'problems.assignments.alreadyAssigned': 'هذا السؤال مُسند بالفعل إلى هذه المنظمة',
    'problems.assignments.nothingAssigned': 'لم يُسند شيء: {summary}',
    'problems.attachments.allowedTypes': '{problem} الملفات المسموح بها: {types}.',
    'problems.attachments.attachFile': 'أرفقوا ملفًا في حقل النموذج multipart "file"',
    'problems.attachments.empty': 'الملف «{name}» فارغ',
    'problems.attachments.tooLarge': 'يتجاوز الملف «{name}» الحد الأقصى للتحميل البالغ {limit}',
    'problems.attachments.storedMissing': 'الملف المخزّن لـ«{name}» مفقود؛ يجب استعادته من النسخة الاحتياطية',
    'problems.attachments.storeUnavailableUpload':
      'مخزن المرفقات لا يستجيب؛ لم يُحفظ الملف. حاول مرة أخرى بعد بضع دقائق.',
    'problems.attachments.storeUnavailableDownload':
      'مخزن المرفقات لا يستجيب؛ لا يمكن تنزيل الملف الآن. حاول مرة أخرى بعد بضع دقائق.',
    'problems.attachments.uploadTooLarge': 'يتجاوز الملف الحد الأقصى للتحميل البالغ {limit}',
    'problems.attachments.oneFile': 'أرسلوا ملفًا واحدًا في حقل النموذج multipart "file"',
    'problems.attachments.oneFileCameIn':
      'أرسلوا ملفًا واحدًا في حقل النموذج multipart "file" (ورد ملف في «{field}»)',
    'problems.attachments.oneAtATime': 'أرسلوا ملفًا واحدًا في كل مرة في حقل النموذج multipart "file"',
    'problems.attachments.unreadable': 'يتعذّر قراءة الملف المُحمَّل: {reason}',
    'problems.auth.alreadyActivatedBy': 'فعّل {email} الحساب بالفعل؛ ويمكنه تسجيل الدخول.',
    'problems.auth.linkInvalid': 'هذا الرابط غير صالح. اطلبوا رابطًا جديدًا من صفحة تسجيل الدخول.',
    'problems.auth.linkUsed': 'سبق استخدام هذا الرابط. سجّلوا الدخول أو اطلبوا رابطًا جديدًا.',
    'problems.auth.suspended': 'هذا الحساب معلّق. اطلبوا من مسؤول هذا النظام إعادته.',
    'problems.auth.alreadyActivated': 'هذا الحساب مفعّل بالفعل. سجّلوا الدخول بكلمة مروره.',
    'problems.auth.tooManyResets':
      'طلبات كثيرة جدًا لكلمات مرور جديدة من هذا الموقع. حاولوا مرة أخرى بعد ساعة.',
    'problems.auth.currentPasswordWrong': 'كلمة المرور الحالية غير صحيحة',
    'problems.auth.pleaseSignIn': 'يُرجى تسجيل الدخول',
    'problems.auth.wrongCredentials': 'عنوان البريد الإلكتروني أو كلمة المرور غير صحيحين',
    'problems.auth.invitationInvalid': 'رابط الدعوة هذا غير صالح. اطلبوا رابطًا جديدًا من المنسق.',
    'problems.auth.invitationUsed': 'سبق استخدام هذه الدعوة. سجّلوا الدخول ببريدكم الإلكتروني وكلمة المرور.',
    'problems.auth.invitationExpired': 'انتهت صلاحية رابط الدعوة هذا. اطلبوا رابطًا جديدًا من المنسق.',
    'problems.auth.haveAccount': 'لديكم حساب بالفعل: أدخلوا كلمة المرور الحالية للانضمام',
    'problems.auth.justActivated':
      'فُعّل حسابكم للتو من دعوة أخرى: افتحوا هذا الرابط مجددًا وأدخلوا كلمة المرور تلك',
    'problems.auth.signInToContinue': 'يُرجى تسجيل الدخول للمتابعة',
    'problems.auth.throttled':
      'محاولات تسجيل دخول فاشلة كثيرة جدًا. انتظروا {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}} ثم حاولوا مرة أخرى.',
    'problems.catalogue.noTemplate': 'لا يوجد قالب استقصاء «{key}»',
    'problems.contributions.notThisAssignment': 'التعليق الذي تردّون عليه ليس من تعليقات هذه المهمة',
    'problems.contributions.savedMeanwhile':
      'حُفظت هذه المساهمة{editor, select, none {} other { بواسطة {editor}}} بعد أن فتحتموها (عدّلتم النسخة {sent}، وهي الآن النسخة {current}). لم يُحفظ نصكم: قارنوه بالنص الحالي ثم احفظوه مجددًا.',
    'problems.contributions.changedAfterLoad':
      'تغيّرت المهمة بعد تحميلها (رأيتم النسخة {sent}، وهي الآن النسخة {current} وحالتها «{state}»). أعيدوا تحميلها وحاولوا مرة أخرى.',
    'problems.contributions.emptySubmit': 'لا يمكن إرسال مساهمة فارغة: اكتبوا النص واحفظوه أولًا',
    'problems.contributions.changedMeanwhile': 'تغيّرت المهمة في الأثناء. أعيدوا تحميلها وحاولوا مرة أخرى.',
    'problems.instance.ownAccount': 'لا يمكنكم تعليق حسابكم',
    'problems.instance.accountChanged':
      'غيّر شخص آخر هذا الحساب في الأثناء. أعيدوا التحميل للاطلاع على التغيير.',
    'problems.instance.lastAdministrator': 'هذا آخر مسؤول غير معلّق؛ عيّنوا مسؤولًا آخر أولًا.',
    'problems.members.organisationNotInReview': 'لا تشارك المنظمة في هذا الاستعراض',
    'problems.members.noMember': 'لا يوجد عضو كهذا في هذا الاستعراض',
    'problems.members.contributorOrganisation': 'يجب أن ينتمي المساهم إلى منظمة',
    'problems.members.lastCoordinator': 'يحتاج الاستعراض إلى منسق واحد على الأقل: عيّنوا منسقًا آخر أولًا',
    'problems.organisations.alreadyTakesPart': 'تشارك {name} بالفعل في هذا الاستعراض',
    'problems.organisations.archived': '{name} مؤرشفة في دليل {country}: استعيدوها هناك لاستخدامها مجددًا',
    'problems.organisations.noneInDirectory': 'لا توجد منظمة كهذه في دليل {country}',
    'problems.organisations.notInReview': 'لا تشارك هذه المنظمة في هذا الاستعراض',
    'problems.organisations.coordinatingOffice':
      '{name} هي المكتب المنسق: اختاروا مكتبًا آخر في الإعدادات أولًا',
    'problems.organisations.cannotLeave': 'لا يمكن لـ{name} مغادرة هذا الاستعراض ما دام لديها {uses}',
    'problems.organisations.alreadyInDirectory': '{name} موجودة بالفعل في دليل {country}',
    'problems.organisations.headContact': 'يجب أن تكون جهة الاتصال الرئيسية عضوًا في هذا الاستعراض',
    'problems.publication.reviewChanged':
      'غيّر شخص آخر الاستعراض في الأثناء. أعيدوا التحميل للاطلاع على تغييراته.',
    'problems.questionnaires.versionExists':
      'الاستبيان «{key}» النسخة {version} موجود بالفعل؛ يحتاج النموذج المعدّل إلى رقم نسخة جديد',
    'problems.questionnaires.noVersion': 'لا يوجد استبيان «{key}» النسخة {version}',
    'problems.questionnaires.notImported':
      'لم يُستورد الاستبيان: فيه {count, plural, zero {# مشكلة} one {مشكلة واحدة} two {مشكلتان} few {# مشكلات} many {# مشكلة} other {# مشكلة}}. صحّحوا الملف وحاولوا مرة أخرى.',
    'problems.questionnaires.alreadyHasQuestion': 'في الاستعراض سؤال {code} بالفعل',
    'problems.questionnaires.hasNoQuestion': 'لا يوجد في الاستعراض سؤال {code}',
    'problems.questionnaires.ownQuestion':
      'السؤال {code} من أسئلة الاستبيان نفسه: تبقى صياغته كما طُرح؛ عدّلوا إرشاداته بدلًا من ذلك',
    'problems.questionnaires.questionChanged':
      'غيّر شخص آخر السؤال {code}: عدّلتم النسخة {sent}، وهي الآن النسخة {current}. أعيدوا تحميله وحاولوا مرة أخرى.',
    'problems.questionnaires.noQuestionnaire': 'لا يوجد استبيان «{key}»',
    'problems.reminders.calendarLink': 'رابط التقويم هذا غير صالح (أو لم يعد صالحًا)',
    'problems.reminders.deadlineSame': 'لم يتغيّر الموعد النهائي: لا شيء يُزاح',
    'problems.reminders.reviewChanged': 'تغيّر الاستعراض في الأثناء. أعيدوا تحميله وحاولوا مرة أخرى.',
    'problems.reminders.cannotShift':
      'لا يمكن إزاحة المواعيد إلى هذا الحد: سيصبح {count} منها غير صحيح ({first})',
    'problems.reminders.noPreview':
      'لا تُكتب هذه الرسالة لكل شخص إلا عند إرسالها: لا يوجد ما يمكن معاينته بعد',
    'problems.reminders.onlyFailed': 'لا يمكن إعادة محاولة الإرسال إلا لرسالة تعذّر إرسالها',
    'problems.reminders.nothingToRemind': 'لا شيء للتذكير به: حالة المساهمة «{state}»',
    'problems.reminders.recentlySent':
      'أُرسل تذكير بهذه المهمة قبل {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}. حاولوا مرة أخرى بعد ساعة.',
    'problems.reminders.onItsWay': 'يجري إرسال تذكير بالفعل',
    'problems.reminders.settingsChanged':
      'غيّر شخص آخر إعدادات الاستعراض في الأثناء. أعيدوا التحميل للاطلاع على تغييراته.',
    'problems.report.onlySubmitted': 'لا يمكن تعديل إلا تقرير مُرسل؛ حالة هذا الاستعراض «{status}»',
    'problems.report.amendmentOpen':
      'يوجد تعديل مفتوح بالفعل ({count, plural, zero {الأسئلة} one {السؤال} two {السؤالان} few {الأسئلة} many {الأسئلة} other {الأسئلة}} {codes})؛ أرسلوه قبل فتح تعديل آخر',
    'problems.report.noLongerSent': 'حالة الاستعراض «{status}»: لم يعد من الممكن إرسال تقريره',
    'problems.report.notReady':
      'التقرير ليس جاهزًا للإرسال: يلزم تصحيح {count, plural, zero {# بند} one {بند واحد} two {بندين} few {# بنود} many {# بندًا} other {# بند}} أولًا ({problems})',
    'problems.report.amendmentOpenClose':
      'يوجد تعديل مفتوح ({count, plural, zero {الأسئلة} one {السؤال} two {السؤالان} few {الأسئلة} many {الأسئلة} other {الأسئلة}} {codes}): أرسلوا التقرير المعدّل قبل إغلاق الاستعراض',
    'problems.report.submittedOn': 'أُرسل التقرير في {date}؛ افتحوا تعديلًا لتغييره',
    'problems.report.submitted': 'أُرسل التقرير؛ افتحوا تعديلًا لتغييره',
    'problems.report.submittedOnAmended': 'أُرسل التقرير في {date}؛ افتحوا تعديلًا لإرسال نسخة معدّلة',
    'problems.report.submittedAmended': 'أُرسل التقرير؛ افتحوا تعديلًا لإرسال نسخة معدّلة',
    'problems.report.reopensOnlyOn':
      'أُرسل التقرير في {date}؛ لا يعيد التعديل المفتوح إلا فتح {count, plural, zero {الأسئلة} one {السؤال} two {السؤالين} few {الأسئلة} many {الأسئلة} other {الأسئلة}} {codes}، لا السؤال {code}',
    'problems.report.reopensOnly':
      'أُرسل التقرير؛ لا يعيد التعديل المفتوح إلا فتح {count, plural, zero {الأسئلة} one {السؤال} two {السؤالين} few {الأسئلة} many {الأسئلة} other {الأسئلة}} {codes}، لا السؤال {code}',
    'problems.report.closed': 'الاستعراض مغلق: لم يعد من الممكن تغيير أي شيء فيه',
    'problems.report.archived': 'الاستعراض مؤرشف: يمكن الاطلاع عليه، لكن لم يعد من الممكن تغيير أي شيء فيه',
    'problems.reviews.startFrom': 'الاستعراض المُنطلق منه: {problem}',
    'problems.reviews.nameCoordinator': 'حدّدوا منسق استعراض البلد: ستُرسل إليه دعوة بالبريد الإلكتروني',
    'problems.reviews.exists': 'يوجد بالفعل استعراض {title} لـ{country} {cycle}',
    'problems.reviews.countryHasReviews':
      'لدى {country} استعراضات بالفعل على هذا النظام: يبدأ استعراضه التالي أحد منسقيه أو المسؤول',
    'problems.reviews.countryFixed':
      'لا يمكن تغيير بلد الاستعراض بعد بدئه: ابدأوا استعراضًا للبلد الآخر بدلًا من ذلك',
    'problems.reviews.coordinatingOffice': 'يجب أن يكون المكتب المنسق إحدى المنظمات المشاركة',
    'problems.reviews.deadlineCannotMove': 'لا يمكن نقل الموعد النهائي إلى هذا التاريخ: {problem}',
    'problems.reviews.statusCannotBeSet': 'لا يمكن تعيين هذه الحالة هنا',
    'problems.reviews.closedOnly': 'الاستعراض مغلق: لا يمكن الآن إلا أرشفته',
    'problems.reviews.archivedStays': 'الاستعراض مؤرشف: يبقى على حاله',
    'problems.reviews.submittedOnlyClose':
      'أُرسل التقرير: لا يمكن الآن إلا إغلاق الاستعراض (يعيد التعديل فتح أسئلة من أجل نسخة معدّلة)',
    'problems.votes.roundClosed': 'أُغلقت الجولة في {moment}؛ لم يعد من الممكن الإدلاء بالأصوات أو تغييرها',
    'problems.votes.roundNotOpen': 'تُفتح الجولة في {moment}؛ لا يمكن الإدلاء بالأصوات قبل ذلك',
    'problems.votes.secretBallotOld':
      'لم يعد من الممكن تمييز بطاقة اقتراعكم في هذا التصويت السري عن غيرها (فقد أُدلي بها قبل تحديث للتطبيق أو تغيير لمفتاحه السري)، ولذلك لا يمكن تغييرها. وهي تُحتسب كما أدليتم بها.',
    'problems.votes.roundStill':
      'لا تزال الجولة {state, select, open {مفتوحة} other {لم تبدأ بعد}} (تُغلق في {moment})؛ أغلقوها قبل اعتماد الأولويات',
    'problems.votes.noPriorityQuestion':
      'لا يتضمن استبيان هذا الاستعراض سؤالًا عن الأهداف ذات الأولوية لتسجيل الأولويات فيه',
    'problems.votes.voteChanged':
      'غيّر شخص آخر التصويت: عدّلتم النسخة {sent}، وهي الآن النسخة {current}. أعيدوا تحميله وحاولوا مرة أخرى.',
    'problems.votes.question7Changed': 'تغيّرت الإجابة عن السؤال 7 في الأثناء. حاولوا مرة أخرى.',
    'problems.votes.nothingToRemind':
      'لا شيء للتذكير به: الجولة {state, select, scheduled {لم تُفتح بعد} other {مغلقة}}',
    'problems.votes.recentlyReminded':
      'أُرسلت تذكيرات بهذا التصويت قبل {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}. حاولوا مرة أخرى بعد ساعة.',
    'problems.votes.secretByType':
      'لا يمكن تفصيل نتائج التصويت السري حسب نوع المنظمة: ففي مجموعة صغيرة، ستكشف الأرقام كيف صوّت أعضاؤها',
    'problems.votes.rankedOnly':
      'لا توجد مصفوفة مقارنة زوجية يمكن تصفيتها حسب نوع المنظمة إلا في التصويت بالترتيب',
    'problems.votes.resultsHidden': 'تبقى النتائج مخفية إلى أن تُغلق الجولة',
    'problems.votes.notOpenYet': 'لم تُفتح الجولة بعد (تُفتح في {moment})؛ لا يوجد ما يُغلق',
    'problems.votes.alreadyClosed': 'الجولة مغلقة بالفعل (منذ {moment})',
    'problems.workshops.changed':
      'غيّر شخص آخر {what, select, workshop {حلقة العمل} other {بند العمل}}: عدّلتم النسخة {sent}، وهي الآن النسخة {current}. أعيدوا التحميل وحاولوا مرة أخرى.',
    'problems.workspaces.notImported':
      'لم يُستورد شيء: {count, plural, zero {# صف فيه} one {صف واحد فيه} two {صفان فيهما} few {# صفوف فيها} many {# صفًا فيها} other {# صف فيها}} أخطاء. صحّحوا الملف وحاولوا مرة أخرى.',
    'problems.workspaces.notCountrys': 'ذلك الاستعراض ليس من استعراضات {country}',
    'problems.workspaces.cannotDelete':
      'لا يمكن حذف {name} ما دام شيء يشير إليه ({uses}): أرشفوه بدلًا من ذلك',
    'problems.workspaces.cannotRemovePerson':
      'لا يمكن إزالة {name} من الدليل ما دامت استعراضات البلد تشير إليه ({uses}): أرشفوه بدلًا من ذلك',
    'problems.workspaces.noPerson': 'لا يوجد شخص كهذا في دليل {country}',
    'problems.workspaces.currentOrganisation': 'يجب أن تكون المنظمة إحدى المنظمات الحالية في دليل {country}',
    'problems.lifecycle.already':
      'الاستعراض بالفعل {status, select, setup {قيد الإعداد} collecting {في مرحلة جمع الإجابات} consolidating {في مرحلة التوحيد} submitted {مُرسل} closed {مغلق} other {مؤرشف}}',
    'problems.lifecycle.onlyFrom':
      'لا يمكن {to, select, closed {إغلاق} other {أرشفة}} إلا استعراض {needed, select, submitted {مُرسل} other {مغلق}}؛ وهذا الاستعراض {from, select, setup {قيد الإعداد} collecting {في مرحلة جمع الإجابات} consolidating {في مرحلة التوحيد} submitted {مُرسل} closed {مغلق} other {مؤرشف}}',
    'problems.lifecycle.becomes':
      'ينتقل الاستعراض إلى حالة «{to, select, setup {قيد الإعداد} collecting {جمع الإجابات} consolidating {التوحيد} submitted {مُرسل} closed {مغلق} other {مؤرشف}}» {how, select, edit {بتعديل الإعدادات أثناء العمل على الاستعراض} submit {بإرسال التقرير} close {بإغلاقه بعد إرسال التقرير} other {بأرشفته بعد إغلاقه}}',
    'problems.lifecycle.becomesNotSettings':
      'ينتقل الاستعراض إلى حالة «{to, select, setup {قيد الإعداد} collecting {جمع الإجابات} consolidating {التوحيد} submitted {مُرسل} closed {مغلق} other {مؤرشف}}» {how, select, edit {بتعديل الإعدادات أثناء العمل على الاستعراض} submit {بإرسال التقرير} close {بإغلاقه بعد إرسال التقرير} other {بأرشفته بعد إغلاقه}}، لا بتعديل إعداداته',
    'problems.reviews.startFromNotYours': 'ليس استعراضًا لـ{country} تنسّقونه',
    'problems.reviews.startFromCycle': 'يعود إلى الدورة {cycle}، لا إلى دورة سابقة لـ{current}',
  },
});
