interface LoadingProps {
  /** What is being loaded, read out by screen readers: "Loading reviews…". */
  label: string;
}

export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}

/** A polite live region with a spinner and the text of what is on its way. */
export function Loading({ label }: LoadingProps) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}
