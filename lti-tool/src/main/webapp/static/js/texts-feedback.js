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
    newFeedback: 'Nieuwe feedback',
    newFeedbackIntro: 'Je trainer heeft je feedback gegeven op:',
    awaitingApprovalNote: 'Ingeleverd. Je trainer moet dit werk nog goedkeuren.',
    approvedByTrainer: 'Je trainer heeft dit werk goedgekeurd.',
    returnedByTrainer: 'Je trainer heeft dit werk teruggestuurd voor verbetering. De reden:',
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
    newFeedback: 'New feedback',
    newFeedbackIntro: 'Your trainer gave you feedback on:',
    awaitingApprovalNote: 'Submitted. Your trainer still has to approve this work.',
    approvedByTrainer: 'Your trainer approved this work.',
    returnedByTrainer: 'Your trainer returned this work for revision. The reason:',
  },
};
