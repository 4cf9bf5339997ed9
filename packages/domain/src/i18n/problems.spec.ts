import { catalogueProblems } from '../testing/catalogue-check';
import { mergeCatalogues } from './catalogue';
import { hasProblemEntry, recogniseProblem, translateProblem } from './problems';
import { PROBLEM_CATALOGUES } from './problems.messages';

describe('the problem messages', () => {
  it('have every key in every language, with the arguments English has', () => {
    expect(catalogueProblems(PROBLEM_CATALOGUES)).toEqual([]);
  });

  it('give each English message one id (an English text twice would make the translation a guess)', () => {
    const english = Object.values(mergeCatalogues(PROBLEM_CATALOGUES).en);
    expect(english.filter((message, index) => english.indexOf(message) !== index)).toEqual([]);
  });

  it('are recognised exactly, or by their pattern with the arguments captured', () => {
    expect(recogniseProblem('The e-mail address or the password is not right')).toEqual({
      id: 'problems.auth.wrongCredentials',
      values: {},
    });
    expect(recogniseProblem('There is no question 3.2 in this review')).toEqual({
      id: 'problems.answers.noQuestion',
      values: { code: '3.2' },
    });
    expect(recogniseProblem('Too many failed sign-ins. Wait 5 minutes and try again.')?.values).toEqual({
      minutes: '5',
    });
  });

  it('are written in the locale with the same arguments', () => {
    expect(translateProblem('There is no question 3.2 in this review', 'fr')).toBe(
      'Cet examen ne comporte pas de question 3.2',
    );
    expect(translateProblem('Too many failed sign-ins. Wait 5 minutes and try again.', 'ru')).toBe(
      'Слишком много неудачных попыток входа. Подождите 5 минут и повторите попытку.',
    );
    expect(translateProblem('Too many failed sign-ins. Wait 1 minute and try again.', 'ar')).toBe(
      'محاولات تسجيل دخول فاشلة كثيرة جدًا. انتظروا دقيقة واحدة ثم حاولوا مرة أخرى.',
    );
    expect(translateProblem('must be at most 200 characters', 'es')).toBe(
      'debe tener como máximo 200 caracteres',
    );
  });

  it('translate the phrases inside a message: who may do what, a list of field errors', () => {
    expect(translateProblem('Only the coordinator or a contributor can assign questions', 'fr')).toBe(
      'Pour attribuer des questions, il faut avoir le rôle de coordinateur ou contributeur',
    );
    expect(translateProblem('Only the coordinator can change the review settings', 'zh')).toBe(
      '只有协调人才能更改审查设置',
    );
    expect(
      translateProblem(
        'The request is not valid: email: must be an e-mail address; password: is required',
        'fr',
      ),
    ).toBe(
      'La requête n’est pas valide : email: doit être une adresse électronique; password: est obligatoire',
    );
    expect(
      translateProblem(
        'The report is not ready to be sent: 2 items need fixing first (Question 1 has no answer; Question 2 is still a draft)',
        'es',
      ),
    ).toBe(
      'El informe no está listo para enviarse: primero hay que corregir 2 elementos (La pregunta 1 no tiene respuesta; La pregunta 2 sigue siendo un borrador)',
    );
  });

  it('keep an optional part and a word chosen by number as English chose them', () => {
    const saved = (by: string) =>
      `The answer to question 1.1 was saved${by} after you opened it (you edited version 2, it is now version 3). Your text was not saved: compare it with the current text and save again.`;
    expect(translateProblem(saved(' by Ana Pérez'), 'es')).toContain('se guardó por Ana Pérez después');
    expect(translateProblem(saved(''), 'es')).toContain('se guardó después');
    expect(
      translateProblem('An amendment is already open (question 4.1); submit it before opening another', 'fr'),
    ).toBe('Une modification est déjà ouverte (question 4.1) ; soumettez-la avant d’en ouvrir une autre');
    expect(translateProblem('Objective 7 is given points twice', 'fr')).toBe(
      'L’objectif 7 est doté de points deux fois',
    );
  });

  it('know the review life cycle’s refusals and the carry-forward’s reasons', () => {
    expect(
      translateProblem('Only a submitted review can be closed; this review is collecting answers', 'fr'),
    ).toBe('Seul un examen soumis peut être clos ; cet examen est en phase de collecte des réponses');
    expect(
      translateProblem(
        'A review becomes submitted by submitting the report, not by editing its settings',
        'es',
      ),
    ).toBe('Un examen pasa al estado «enviado» al enviar el informe, no al modificar su configuración');
    expect(translateProblem('The review to start from is the 2024 cycle, not one before 2024', 'ru')).toBe(
      'Исходный обзор: относится к циклу 2024, а не к циклу до 2024',
    );
  });

  it('come back unchanged when unknown, or in English', () => {
    expect(translateProblem('Something nobody wrote down', 'fr')).toBe('Something nobody wrote down');
    expect(translateProblem('There is no question 3.2 in this review', 'en')).toBe(
      'There is no question 3.2 in this review',
    );
  });

  it('tell which shapes of code text have an entry', () => {
    expect(hasProblemEntry('There is no question * in this review')).toBe(true);
    expect(hasProblemEntry('Too many failed sign-ins. Wait * minute* and try again.')).toBe(true);
    expect(hasProblemEntry('must be at most 200 characters')).toBe(true);
    expect(hasProblemEntry('There is no unicorn * here')).toBe(false);
  });
});
