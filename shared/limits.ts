/** Limits that both sides must agree on; the server enforces them, the client stays within them. */
export const LIMITS = {
  /** Largest WebSocket frame the Yjs endpoint accepts; bigger frames close the connection (1009). */
  maxYjsFrameBytes: 4 * 1024 * 1024,
  /** Token bucket per Yjs connection: sustained messages per second and burst size. */
  yjsMessagesPerSecond: 100,
  yjsMessageBurst: 400,
  /** Joins per client address per minute: a whole venue may share one public address. */
  joinsPerAddressPerMinute: 1000,
  /** Devices one personal invitation link may sign in at once (a phone and a laptop, and a spare): a leaked link opens little. */
  devicesPerInvitation: 3,
  /** Largest JSON body of the HTTP API. */
  maxJsonBodyBytes: 64 * 1024,
  /** Lengths of what people type when they join or create a workshop. */
  maxNameLength: 80,
  maxOrganisationLength: 120,
  maxTitleLength: 200,
  /** Themes participants add to one recommendation, and the length of each: a tag, not a sentence. */
  maxThemeTagsPerRecommendation: 12,
  maxThemeTagLength: 60,
  /** Largest recommendations file (CSV or XLSX) the import endpoint reads. */
  maxImportBytes: 10 * 1024 * 1024,
  /** Largest `record.json` a restore accepts: a three-day workshop's archive is a few megabytes. */
  maxRecordBytes: 32 * 1024 * 1024,
  /** Stored updates of one document before they are compacted into a snapshot. */
  compactAfterUpdates: 500,
} as const;

// Apart from the schemas in amendments.ts, which would bring zod into the charter editor's chunk.
/** Sizes a paragraph, a replacement and a reason may have, and how many amendments a workshop keeps. */
export const AMENDMENT_LIMITS = {
  maxParagraphLength: 4000,
  maxReasonLength: 2000,
  /** The control record is stored whole on every change: this keeps it a few megabytes at most. */
  maxAmendments: 300,
} as const;
