/**
 * Example plan rows and advocacy activities for the demo workshop, linked to the demo's example
 * current review (`E.…`). Like the example cards, each is marked as example content and says so.
 */
import type { PlanTextField } from '../../shared/plan.js';
import type { StrategyTarget, StrategyTextField } from '../../shared/strategy.js';

export const EXAMPLE_PLAN_ROWS: readonly { refs: string[]; texts: Partial<Record<PlanTextField, string>> }[] = [
  {
    refs: ['E.1', 'E.2'],
    texts: {
      governmentActions: 'Example: designate and fund a national preventive mechanism; amend the definition of torture.',
      civilSocietyActions: 'Example: submit a shadow report on places of detention; brief members of parliament.',
      responsibleBody: 'Ministry of Justice and Home Affairs',
      supportingActors: 'National Human Rights Commission; OHCHR',
      csoLead: 'Example coalition lead',
      timeline: 'Before the mid-term report',
      indicators: 'Example: mechanism designated and funded; definition amended',
      baseline: 'Example: no mechanism designated (2015)',
      indicatorSource: 'UN Treaty Collection',
    },
  },
  {
    refs: ['E.16'],
    texts: {
      governmentActions: 'Example: adopt a calendar for overdue treaty-body reports.',
      civilSocietyActions: 'Example: track each report in the coalition’s follow-up table.',
      responsibleBody: 'Ministry of Foreign Affairs',
      csoLead: 'Example coalition lead',
      timeline: '2016',
      indicators: 'Example: number of overdue reports',
    },
  },
];

export const EXAMPLE_ACTIVITIES: readonly { refs: string[]; target: StrategyTarget; milestoneDate: string; texts: Partial<Record<StrategyTextField, string>> }[] = [
  {
    refs: ['E.1'],
    target: 'parliament',
    milestoneDate: '2015-10-15',
    texts: { activity: 'Example: briefing for the human rights sub-committee', leadOrganisation: 'Example coalition lead', milestone: 'Dialogue day with the Government' },
  },
  {
    refs: ['E.16'],
    target: 'un-agency',
    milestoneDate: '2017-11-01',
    texts: { activity: 'Example: joint submission for the mid-term report', leadOrganisation: 'Example coalition lead', milestone: 'Mid-term report' },
  },
];
