/**
 * Guesses at the cause (style-speculation): say only what you know. A hedge is speculation only
 * when it is about the cause; hedging about progress, scope or recovery ("this appears to be
 * resolved", "it seems plugin updates still work") is honest and is not flagged.
 */

/**
 * Always a guess at the cause, or at what the problem is. Not "a possible cause": "we found a
 * possible cause of the failure" reports the investigation (measured on post-incident reports).
 */
export const SPECULATION = [
  'might be caused',
  'may be caused',
  'could be caused',
  'likely caused',
  'probably caused',
  'possibly caused',
  'might be due',
  'may be due',
  'could be due',
  'likely due',
  'probably due',
  'possibly due',
  'might be related',
  'may be related',
  'could be related',
  'likely related',
  'probably related',
  'possibly related',
  'might be the',
  'we suspect',
  'suspected',
  'speculated',
  'we think it',
  'we think its',
  'we believe it',
  'we believe its',
  'the likely cause',
  'the probable cause',
];
/** Hedges: speculation when the same sentence is about the cause (see CAUSE_WORDS), or right after GUESS_LEADS. */
export const HEDGES = [
  'probably',
  'possibly',
  'perhaps',
  'maybe',
  'presumably',
  'apparently',
  'likely',
  'most likely',
  'we think',
  'we believe',
  'we assume',
  'we guess',
  'it seems',
  'it appears',
  'seems',
  'appears',
  'seemingly',
];
/** Words that make a sentence about the cause. */
export const CAUSE_WORDS = [
  'cause',
  'caused',
  'causes',
  'causing',
  'root cause',
  'due to',
  'because',
  'result of',
  'resulted from',
  'related to',
  'triggered',
  'stemmed',
  'stems from',
  'culprit',
  'responsible for',
  'source of',
  'origin of',
];
/** "It was probably the database": a hedge right after these words guesses at what the problem is. */
export const GUESS_LEADS = ['it was', 'it is', 'its', 'this was', 'this is'];
