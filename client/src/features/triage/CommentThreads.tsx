/** Threaded comments on a recommendation, signed with the server's identity of the author. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Identity } from '../../../../shared/api.js';
import { addComment, type RecommendationComment, type RecommendationEntry } from '../../../../shared/recommendations.js';
import { commentThreads } from './commentThreads.js';
import { formatDate } from '../../infra/i18n/formatting.js';

interface CommentThreadsProps {
  entry: RecommendationEntry;
  comments: RecommendationComment[];
  identity: Identity | null;
  idPrefix: string;
  readOnly: boolean;
}

/** Threads with a reply form each, and a form for a new thread. */
export function CommentThreads({ entry, comments, identity, idPrefix, readOnly }: CommentThreadsProps) {
  const { t } = useTranslation();
  const post = (text: string, parentId: string | null) => {
    if (!identity) return;
    addComment(entry, { parentId, authorName: identity.name, authorOrganisation: identity.organisation, text, at: Date.now() });
  };
  const canWrite = !readOnly && identity !== null;
  return (
    <div className="comments">
      <h3>{t('triage.comments.title')}</h3>
      {comments.length === 0 && <p className="empty">{t('triage.comments.none')}</p>}
      <ul className="comments__threads">
        {commentThreads(comments).map(({ comment, replies }) => (
          <li key={comment.id}>
            <CommentView comment={comment} />
            {replies.length > 0 && (
              <ul className="comments__replies">
                {replies.map((reply) => (
                  <li key={reply.id}>
                    <CommentView comment={reply} />
                  </li>
                ))}
              </ul>
            )}
            {canWrite && <CommentForm id={`${idPrefix}-reply-${comment.id}`} label={t('triage.comments.reply')} onPost={(text) => post(text, comment.id)} />}
          </li>
        ))}
      </ul>
      {canWrite && <CommentForm id={`${idPrefix}-comment`} label={t('triage.comments.new')} onPost={(text) => post(text, null)} />}
    </div>
  );
}

function CommentView({ comment }: { comment: RecommendationComment }) {
  const { t, i18n } = useTranslation();
  const author = comment.authorOrganisation ? `${comment.authorName} (${comment.authorOrganisation})` : comment.authorName;
  return (
    <div className="comment">
      <p className="comment__meta">
        <strong>{author || t('triage.comments.anonymous')}</strong>{' '}
        <time dateTime={new Date(comment.at).toISOString()}>{formatDate(i18n.language, comment.at, 'time')}</time>
      </p>
      <p className="comment__text">{comment.text}</p>
    </div>
  );
}

function CommentForm({ id, label, onPost }: { id: string; label: string; onPost: (text: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    onPost(text.trim());
    setText('');
  };
  return (
    <form className="comment-form" onSubmit={handleSubmit}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={2} value={text} onChange={(event) => setText(event.target.value)} />
      <button type="submit" disabled={!text.trim()}>{t('triage.comments.post')}</button>
    </form>
  );
}
