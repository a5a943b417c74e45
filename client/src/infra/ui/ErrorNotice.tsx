/** An error announced to screen readers as soon as it appears. */

/** Renders nothing without a message. */
export function ErrorNotice({ message }: { message: string | null }) {
  return (
    <p className="notice notice--error" role="alert" hidden={!message}>
      {message}
    </p>
  );
}
