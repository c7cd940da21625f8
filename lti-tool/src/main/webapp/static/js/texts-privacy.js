// The texts of the page My data, Dutch first, English second (the footer's, on every page, are in
// texts-teacher.js). {name} is filled in by format.fill.
import { language } from './i18n.js';

const TEXTS = {
  nl: {
    title: 'Mijn gegevens',
    intro: 'Dit is alles wat Samenspraak over je bewaart. Download het als leesbare pagina of als bestand voor een ander programma.',
    exportTitle: 'Downloaden',
    exportHtml: 'Download als pagina (HTML)',
    exportJson: 'Download als bestand (JSON)',
    downloaded: '{name} is gedownload.',
    downloadFailed: 'Downloaden lukte niet: {message}',
    auditTitle: 'Wie je werk bekeek',
    auditIntro: 'Elke keer dat een trainer of de beheerder je werk opent, downloadt of wist, staat hier.',
    auditEmpty: 'Nog niemand heeft je werk bekeken.',
    auditCaption: 'Wie je werk bekeek, nieuwste eerst',
    when: 'Wanneer',
    who: 'Wie',
    what: 'Wat',
    course: 'Cursus',
    actors: { trainer: 'Trainer', administrator: 'De beheerder', teacher: 'Deelnemer', retention: 'Automatisch wissen' },
    formerParticipant: 'een oud-deelnemer',
    actions: { opened_work: 'opende je werk', exported: 'downloadde je gegevens', erased: 'wiste je gegevens' },
    moreTitle: 'Meer weten',
    more: 'Wat Samenspraak bewaart, waarom en hoe lang, en hoe je je gegevens laat wissen, lees je op de privacypagina.',
  },
  en: {
    title: 'My data',
    intro: 'This is everything Samenspraak keeps about you. Download it as a readable page or as a file for another program.',
    exportTitle: 'Download',
    exportHtml: 'Download as a page (HTML)',
    exportJson: 'Download as a file (JSON)',
    downloaded: '{name} has been downloaded.',
    downloadFailed: 'The download failed: {message}',
    auditTitle: 'Who looked at your work',
    auditIntro: 'Each time a trainer or the administrator opens, downloads or erases your work, it is listed here.',
    auditEmpty: 'Nobody has looked at your work yet.',
    auditCaption: 'Who looked at your work, newest first',
    when: 'When',
    who: 'Who',
    what: 'What',
    course: 'Course',
    actors: { trainer: 'Trainer', administrator: 'The administrator', teacher: 'Participant', retention: 'Automatic erasure' },
    formerParticipant: 'a former participant',
    actions: { opened_work: 'opened your work', exported: 'downloaded your data', erased: 'erased your data' },
    moreTitle: 'More',
    more: 'What Samenspraak keeps, why and for how long, and how to have your data erased: see the privacy page.',
  },
};

/** The privacy texts in the page's language. */
export function pt() {
  return TEXTS[language()];
}
