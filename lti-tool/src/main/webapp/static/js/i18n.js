// The interface texts, Dutch first, English second. A page picks the language of the launch; the teacher
// may switch, and the choice is kept for the tab.
import { TEACHER_TEXTS } from './texts-teacher.js';
import { FEEDBACK_TEXTS } from './texts-feedback.js';

const TEXTS = {
  nl: {
    appName: 'Samenspraak',
    opening: 'Samenspraak wordt geopend…',
    noSession: 'Je bent niet (meer) aangemeld. Open Samenspraak vanuit je cursus in de leeromgeving.',
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
    welcome: 'Welkom',
    whoYouAre: 'Wie je bent',
    name: 'Naam',
    role: 'Rol',
    course: 'Cursus',
    link: 'Onderdeel',
    platform: 'Leeromgeving',
    assignment: 'Opdracht',
    noName: 'Je leeromgeving gaf geen naam door.',
    noCourse: 'Geen cursus',
    roles: { learner: 'Deelnemer', instructor: 'Trainer', administrator: 'Beheerder' },
    roleIntro: {
      learner: 'Hier werk je aan de opdrachten van je training over samenwerken met ouders.',
      instructor: 'Hier wijs je opdrachten toe en volg je de voortgang van je deelnemers.',
      administrator: 'Je bent beheerder van de leeromgeving. Het beheer van Samenspraak vind je op /admin.',
    },
    error: 'Er ging iets mis',
  },
  en: {
    appName: 'Samenspraak',
    opening: 'Samenspraak is opening…',
    noSession: 'You are not (or no longer) signed in. Open Samenspraak from your course in the learning platform.',
    switchLanguage: 'Nederlands',
    switchLanguageLabel: 'Wissel naar Nederlands',
    welcome: 'Welcome',
    whoYouAre: 'Who you are',
    name: 'Name',
    role: 'Role',
    course: 'Course',
    link: 'Item',
    platform: 'Learning platform',
    assignment: 'Assignment',
    noName: 'Your learning platform did not share a name.',
    noCourse: 'No course',
    roles: { learner: 'Participant', instructor: 'Trainer', administrator: 'Administrator' },
    roleIntro: {
      learner: 'Here you work on the assignments of your training on working with parents.',
      instructor: 'Here you assign exercises and follow your participants\' progress.',
      administrator: 'You administer the learning platform. Samenspraak\'s own administration is at /admin.',
    },
    error: 'Something went wrong',
  },
};

Object.assign(TEXTS.nl, TEACHER_TEXTS.nl);
Object.assign(TEXTS.en, TEACHER_TEXTS.en);
Object.assign(TEXTS.nl, FEEDBACK_TEXTS.nl);
Object.assign(TEXTS.en, FEEDBACK_TEXTS.en);

/** Adds the trainer's texts: only the trainer's pages load them, so a teacher does not download them. */
export async function loadTrainerTexts() {
  const { TRAINER_TEXTS } = await import('./texts-trainer.js');
  Object.assign(TEXTS.nl, TRAINER_TEXTS.nl);
  Object.assign(TEXTS.en, TRAINER_TEXTS.en);
}

/** Adds the texts of a module that only some pages load ({ nl: {...}, en: {...} }), such as coaching groups. */
export function addTexts(texts) {
  Object.assign(TEXTS.nl, texts.nl);
  Object.assign(TEXTS.en, texts.en);
}

const CHOICE = 'samenspraak.language';
let current = 'nl';

export function setLanguage(language, remember = false) {
  current = TEXTS[language] ? language : 'nl';
  document.documentElement.lang = current;
  if (remember) {
    try {
      sessionStorage.setItem(CHOICE, current);
    } catch (blocked) {
      // Without storage the choice lasts until the page reloads.
    }
  }
}

/** The teacher's own choice in this tab, over the launch's language. */
export function chosenLanguage(launchLanguage) {
  try {
    return sessionStorage.getItem(CHOICE) || launchLanguage;
  } catch (blocked) {
    return launchLanguage;
  }
}

/**
 * The language the browser asks for, for pages no launch speaks for (the administration): Dutch when the
 * first of the browser's languages we have is Dutch, English otherwise.
 */
export function browserLanguage() {
  const preferred = (navigator.languages?.length ? navigator.languages : [navigator.language || ''])
    .map((tag) => tag.toLowerCase().split('-')[0]);
  return preferred.find((code) => TEXTS[code]) === 'nl' ? 'nl' : 'en';
}

export function language() {
  return current;
}

export function t() {
  return TEXTS[current];
}
