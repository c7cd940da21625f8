// The texts of a trainer's review as the teacher sees it (the state of the work, the feedback, the reply),
// Dutch first, English second; i18n.js adds them to its own. Apart from texts-trainer.js, which only the
// trainer's pages load. {name} is filled in by format.fill.

export const FEEDBACK_TEXTS = {
  nl: {
    reviewStates: { awaiting_approval: 'Wacht op goedkeuring', returned: 'Teruggestuurd' },
    sentNote: 'Verstuurd op {date}',
    previewNote: 'Zo ziet een deelnemer deze opdracht. In dit voorbeeld kan niets worden opgeslagen.',
    trainerFeedback: 'Feedback van je trainer',
    yourReply: 'Jouw reactie',
    replyLabel: 'Reageer op deze feedback (één keer)',
    sendReply: 'Reactie versturen',
    replySent: 'Je reactie is verstuurd.',
    awaitingApprovalNote: 'Ingeleverd. Je trainer moet dit werk nog goedkeuren.',
    approvedByTrainer: 'Je trainer heeft dit werk goedgekeurd.',
    returnedByTrainer: 'Je trainer heeft dit werk teruggestuurd voor verbetering. De reden:',
    needsYou: 'Wacht op jou',
    notices: {
      invitation: '{name} nodigt je uit als coachingspartner bij {title}',
      returned: 'Je trainer heeft {title} teruggestuurd voor verbetering',
      feedback: 'Nieuwe feedback van je trainer op {title}',
    },
    noticeObserving: 'Je observeert {name} op {when} ({title})',
    noticeObserved: '{name} observeert jou op {when} ({title})',
  },
  en: {
    reviewStates: { awaiting_approval: 'Waiting for approval', returned: 'Returned' },
    sentNote: 'Sent on {date}',
    previewNote: 'This is how a participant sees this assignment. Nothing can be saved in this preview.',
    trainerFeedback: 'Feedback from your trainer',
    yourReply: 'Your reply',
    replyLabel: 'Reply to this feedback (once)',
    sendReply: 'Send reply',
    replySent: 'Your reply was sent.',
    awaitingApprovalNote: 'Submitted. Your trainer still has to approve this work.',
    approvedByTrainer: 'Your trainer approved this work.',
    returnedByTrainer: 'Your trainer returned this work for revision. The reason:',
    needsYou: 'Needs you',
    notices: {
      invitation: '{name} invites you as a coaching partner in {title}',
      returned: 'Your trainer returned {title} for revision',
      feedback: 'New feedback from your trainer on {title}',
    },
    noticeObserving: 'You observe {name} on {when} ({title})',
    noticeObserved: '{name} observes you on {when} ({title})',
  },
};
