/** Reads the timeline's collections for pages: events in time order, milestones, sources, and the article passages citing each event. */
import { getCollection } from 'astro:content';
import { getArticles, getSourceMap, renderArticle } from '../content/queries.ts';
import type { Exercise, Milestone } from '../content/schemas.ts';
import { milestoneOrder, timeOrder } from './layout/index.ts';
import { withBase } from '../links/urls.ts';

export interface Citation {
  articleTitle: string;
  /** The passage: the article section holding the events link. */
  href: string;
  /** The linked words. */
  label: string;
}

/** Events and milestones in time order, without reading the articles (enough for the static figure). */
export async function getEventsAndMilestones(): Promise<{ events: Exercise[]; milestones: Milestone[] }> {
  const events = timeOrder((await getCollection('exercises')).map((entry) => entry.data));
  const milestones = milestoneOrder((await getCollection('milestones')).map((entry) => entry.data));
  return { events, milestones };
}

export async function getTimeline() {
  const { events, milestones } = await getEventsAndMilestones();
  const sources = await getSourceMap();
  const citations = new Map<string, Citation[]>();
  const articles = await getArticles();
  for (const article of articles) {
    const { annotations } = await renderArticle(article);
    for (const link of annotations.eventLinks) {
      const href = withBase(`/articles/${article.id}/${link.section ? `#${link.section}` : ''}`);
      for (const id of link.ids) citations.set(id, [...(citations.get(id) ?? []), { articleTitle: article.data.title, href, label: link.label }]);
    }
  }
  // The article the emphasised rule (the hearing) belongs to: the one reporting that day, else the lead article.
  const marked = milestones.find((m) => m.emphasised);
  const reporting = articles.find((a) => marked && a.data.reportDate === marked.date) ?? articles[0];
  const reportingArticle = reporting ? { title: reporting.data.title, href: withBase(`/articles/${reporting.id}/`) } : undefined;
  return { events, milestones, sources, citations, reportingArticle };
}
