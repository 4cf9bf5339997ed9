/** Links the browser follows itself (the session cookie goes along): files, not JSON for the app. */
const review = (reviewId: string) => `/api/reviews/${encodeURIComponent(reviewId)}`;

/** GET /api/reviews/:reviewId/report.docx — the report compiled now. */
export const reportDocxUrl = (reviewId: string) => `${review(reviewId)}/report.docx`;

/** GET /api/reviews/:reviewId/export.json — the whole review (coordinator and observer). */
export const exportJsonUrl = (reviewId: string) => `${review(reviewId)}/export.json`;

/** GET /api/reviews/:reviewId/assignments.csv — the division of labour. */
export const assignmentsCsvUrl = (reviewId: string) => `${review(reviewId)}/assignments.csv`;

/** GET /api/submissions/:id/document — the .docx exactly as it was sent. */
export const submissionDocumentUrl = (submissionId: string) =>
  `/api/submissions/${encodeURIComponent(submissionId)}/document`;

/** GET /api/attachments/:id/download */
export const attachmentUrl = (attachmentId: string) =>
  `/api/attachments/${encodeURIComponent(attachmentId)}/download`;

/** GET /api/workspaces/:id/import/template — the directory CSV's header and two example rows. */
export const directoryTemplateUrl = (workspaceId: string) =>
  `/api/workspaces/${encodeURIComponent(workspaceId)}/import/template`;

/** GET /api/public/reports/:reviewId/document — a published report's .docx as sent (no session). */
export const publicReportDocumentUrl = (reviewId: string) =>
  `/api/public/reports/${encodeURIComponent(reviewId)}/document`;
