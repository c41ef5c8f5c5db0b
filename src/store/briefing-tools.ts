// The briefing composer and what choosing stories for it needs (AI relevance, topics, outlets, clustering, summaries): loaded
// on first use, and ahead of it on the first tap or key or as Talk starts listening, so none of it is in the initial
// JavaScript.
export { composeBriefing, composeReading, planBriefing } from '../domain/briefing/compose';
export { composeStoryList, MAX_LISTED_STORIES } from '../domain/briefing/story-list';
export { AI_RELEVANCE_THRESHOLD } from '../domain/briefing/ai-lexicon';
export { aiRelevance } from '../domain/briefing/relevance';
export { selectDayStories, selectNewStories, selectOutletStories, selectTopicStories } from '../domain/briefing/select-stories';
export { commonTopics, nearestTopics, topicScorer } from '../domain/briefing/topic';
export { topicTermQuery } from '../domain/stories/topic-query';
