/**
 * Example experience cards for the demo workshop. They show what a card holds; they are not
 * findings, and each is marked `example: true` and says "Example" so no one mistakes it for one.
 */
export interface ExampleExperience {
  year: number;
  happened: string;
  outcome: string;
  lesson: string;
}

export const EXAMPLE_EXPERIENCES: readonly ExampleExperience[] = [
  {
    year: 2011,
    happened: 'Example: CSOs met the working group drafting the gender equality law and brought the UPR recommendations on women’s rights (84.22–84.27) to the meeting.',
    outcome: 'Example: some of the proposed wording on equal pay was taken up in the draft.',
    lesson: 'Example: quoting the recommendation and the states that made it opened doors.',
  },
  {
    year: 2012,
    happened: 'Example: a coalition wrote a shadow follow-up report on torture prevention and the ratification of the Optional Protocol (84.2–84.4).',
    outcome: 'Example: the report was discussed at a hearing of the parliamentary sub-committee on human rights.',
    lesson: 'Example: a short summary in Mongolian reached more members of parliament than the full report.',
  },
  {
    year: 2013,
    happened: 'Example: a training on the UPR for journalists in three aimags.',
    outcome: 'Example: local newspapers published articles on the recommendations on freedom of expression.',
    lesson: 'Example: regional media need the recommendations in plain language.',
  },
  {
    year: 2014,
    happened: 'Example: mid-term review meeting between CSOs and ministries on the implementation plan.',
    outcome: 'Example: no written follow-up from the Government; the next meeting was not scheduled.',
    lesson: 'Example: ask for a named contact person in each ministry and a date for the next meeting.',
  },
];
