import type { Check } from './types';

// Nobody writes a useful answer in twenty seconds. Four posts within a minute (three before this
// one) or twenty-one within an hour (one every three minutes, sustained) is a script or a flood,
// not a conversation; a prolific helper answering all afternoon stays well under these.
export const FLOOD_POSTS_PER_MINUTE = 3;
export const FLOOD_POSTS_PER_HOUR = 20;

export const flooding: Check = (_post, context) => {
  const perMinute = context.floodPerMinute ?? FLOOD_POSTS_PER_MINUTE;
  const perHour = context.floodPerHour ?? FLOOD_POSTS_PER_HOUR;
  if (context.postsLastMinute >= perMinute) {
    return {
      check: 'flooding',
      score: 1,
      detail:
        `Vous avez publié ${context.postsLastMinute} messages dans la dernière minute : ` +
        'patientez quelques minutes avant de publier à nouveau.',
    };
  }
  if (context.postsLastHour >= perHour) {
    return {
      check: 'flooding',
      score: 1,
      detail:
        `Vous avez publié ${context.postsLastHour} messages dans la dernière heure : ` +
        'patientez un peu avant de publier à nouveau.',
    };
  }
  return null;
};
