import type { Locale } from '../i18n/locales';

/**
 * A new lesson that already passes every check: the frontmatter, a short text, one question in a
 * quiz and a reflection, each with an id of its own, so a trainer changes it rather than starting
 * from an empty page. `order` is the first free position after the course's lessons.
 */
export function blankLesson(locale: Locale, order: number): string {
  return (locale === 'es' ? spanish : english).replace('{order}', String(order));
}

const english = `---
title: A new lesson
summary: One sentence that tells learners what they will get from this lesson.
duration: 5
order: {order}
objectives:
  - Name one thing the learner will be able to do
---

## Start with a situation

Describe a moment at work that learners will recognise, then the idea this lesson teaches.

<Quiz id="new-lesson-check" title="Check your understanding">
  <SingleChoice id="new-lesson-q1">
    Write the question here.

    <Choice correct feedback="Say why this answer is right.">The right answer</Choice>
    <Choice feedback="Say what this answer misses.">A plausible wrong answer</Choice>
    <Explanation>Shown once the answer is checked, whatever it was.</Explanation>
  </SingleChoice>
</Quiz>

<Reflection id="new-lesson-reflection" prompt="Ask learners how they will use the idea in their own work." />
`;

const spanish = `---
title: Una lección nueva
summary: Una frase que explica al alumnado qué obtendrá de esta lección.
duration: 5
order: {order}
objectives:
  - Nombra algo que el alumnado sabrá hacer
---

## Empieza con una situación

Describe un momento del trabajo que el alumnado reconozca y, después, la idea que enseña la lección.

<Quiz id="new-lesson-check" title="Comprueba lo que has aprendido">
  <SingleChoice id="new-lesson-q1">
    Escribe aquí la pregunta.

    <Choice correct feedback="Explica por qué esta respuesta es correcta.">La respuesta correcta</Choice>
    <Choice feedback="Explica qué le falta a esta respuesta.">Una respuesta incorrecta pero verosímil</Choice>
    <Explanation>Se muestra al comprobar la respuesta, sea cual sea.</Explanation>
  </SingleChoice>
</Quiz>

<Reflection id="new-lesson-reflection" prompt="Pregunta al alumnado cómo aplicará la idea en su propio trabajo." />
`;
