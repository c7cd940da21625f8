// The texts of the action plan (action-plan.js), Dutch first, English second. Importing this module adds them
// to i18n's, so they arrive with the module that shows them and t() finds them as before. {name} is filled in
// by format.fill.
import { addTexts } from './i18n.js';

addTexts({
  nl: {
    actionOptions: 'Kies acties',
    actionAdd: 'Toevoegen aan mijn plan',
    actionAdded: 'In je plan',
    ownAction: 'Eigen actie',
    ownActionLabel: 'Beschrijf je eigen actie',
    ownActionAdd: 'Eigen actie toevoegen',
    planEmpty: 'Je plan is nog leeg. Kies hierboven acties.',
    plannedFor: 'Datum',
    actionDone: 'Gedaan',
    actionRemove: 'Verwijderen',
    actionRemoveLabel: 'Verwijderen: {action}',
    actionDateLabel: 'Datum voor: {action}',
    actionDoneLabel: 'Gedaan: {action}',
    planLeft: 'Nog te plannen: {plan}, nog af te vinken: {todo} (minstens {min} acties met een datum, gedaan).',
    planTodo: 'Nog af te vinken: {todo} (als je ze gedaan hebt).',
    planReady: 'Je hebt genoeg acties gepland en gedaan.',
    actionNeedsDate: 'Geef eerst een datum, dan kun je de actie afvinken.',
  },
  en: {
    actionOptions: 'Choose actions',
    actionAdd: 'Add to my plan',
    actionAdded: 'In your plan',
    ownAction: 'Your own action',
    ownActionLabel: 'Describe your own action',
    ownActionAdd: 'Add own action',
    planEmpty: 'Your plan is still empty. Choose actions above.',
    plannedFor: 'Date',
    actionDone: 'Done',
    actionRemove: 'Remove',
    actionRemoveLabel: 'Remove: {action}',
    actionDateLabel: 'Date for: {action}',
    actionDoneLabel: 'Done: {action}',
    planLeft: 'Still to plan: {plan}, still to tick off: {todo} (at least {min} actions with a date, done).',
    planTodo: 'Still to tick off: {todo} (once you have done them).',
    planReady: 'You have planned and done enough actions.',
    actionNeedsDate: 'Give a date first, then you can tick the action off.',
  },
});
