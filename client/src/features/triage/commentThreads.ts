/** Comments as threads: each first comment with its replies, oldest first. */
import type { RecommendationComment } from '../../../../shared/recommendations.js';

export interface CommentThread {
  comment: RecommendationComment;
  replies: RecommendationComment[];
}

/** A reply whose parent is gone (or is itself a reply) joins its root's thread, or starts one. */
export function commentThreads(comments: readonly RecommendationComment[]): CommentThread[] {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const rootOf = (comment: RecommendationComment): RecommendationComment => {
    const seen = new Set<string>();
    let current = comment;
    while (current.parentId && byId.has(current.parentId) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.parentId) ?? current;
    }
    return current;
  };
  const threads = new Map<string, CommentThread>();
  const sorted = [...comments].sort((a, b) => a.at - b.at);
  for (const comment of sorted) {
    const root = rootOf(comment);
    if (root === comment) threads.set(comment.id, threads.get(comment.id) ?? { comment, replies: [] });
  }
  for (const comment of sorted) {
    const root = rootOf(comment);
    if (root !== comment) threads.get(root.id)?.replies.push(comment);
  }
  return [...threads.values()];
}
