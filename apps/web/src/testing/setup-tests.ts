import '@testing-library/jest-dom';

// Editors keep unsaved text in localStorage (components/ui/local-draft-copy.ts): no test sees another's.
afterEach(() => window.localStorage.clear());
