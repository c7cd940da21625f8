// The texts of the film and its viewing questions (film.js), Dutch first, English second. Importing this module adds them
// to i18n's, so they arrive with the module that shows them and t() finds them as before. {name} is filled in
// by format.fill.
import { addTexts } from './i18n.js';

addTexts({
  nl: {
    viewingQuestions: 'Kijkvragen',
    viewingQuestionsLater: 'Onderweg stopt de film {count} keer bij een vraag; die verschijnt dan hier. Beantwoord hem en kijk verder.',
    questionsAfterFilm: 'Vragen na de film',
    questionsAfterFilmLater: 'De vragen na de film verschijnen hier als je de film hebt bekeken.',
    captions: 'Ondertiteling',
    captionsOff: 'Uit',
    watchProgress: '{watched}% bekeken, nog {seconds} seconden ({required}% nodig)',
    watchEnough: '{watched}% bekeken: genoeg om in te leveren.',
    watchNotTracked: 'Deze film wordt bij een andere website afgespeeld; Samenspraak houdt niet bij wat je kijkt.',
    continueWatching: 'Verder kijken',
    questionAtTime: 'Vraag bij {time}',
    embedPrivacy: 'Deze film staat op {site}. Als je hem laadt, kan {site} cookies plaatsen en je IP-adres zien. Samenspraak laadt de film pas als je daarvoor kiest.',
    embedLoad: 'Film laden van {site}',
    embedTitle: 'Film: {title}',
    markersTitle: 'Vragen in de film',
    markerGoTo: 'Ga naar {question}',
    questionsPassed: 'Onbeantwoorde vragen uit de film: {count}. Ze staan onder de film, de eerste bij {time}.',
  },
  en: {
    viewingQuestions: 'Viewing questions',
    viewingQuestionsLater: 'The film stops {count} times for a question on the way; it then appears here. Answer it and watch on.',
    questionsAfterFilm: 'Questions after the film',
    questionsAfterFilmLater: 'The questions after the film appear here once you have watched the film.',
    captions: 'Captions',
    captionsOff: 'Off',
    watchProgress: '{watched}% watched, {seconds} seconds to go ({required}% needed)',
    watchEnough: '{watched}% watched: enough to submit.',
    watchNotTracked: 'This film plays on another website; Samenspraak does not keep track of your watching.',
    continueWatching: 'Continue watching',
    questionAtTime: 'Question at {time}',
    embedPrivacy: 'This film is on {site}. If you load it, {site} may set cookies and see your IP address. Samenspraak only loads the film when you choose to.',
    embedLoad: 'Load the film from {site}',
    embedTitle: 'Film: {title}',
    markersTitle: 'Questions in the film',
    markerGoTo: 'Go to {question}',
    questionsPassed: 'Unanswered questions from the film: {count}. They are below the film, the first at {time}.',
  },
});
