import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// CI runs these beside the integration and browser tests on two cores: give `findBy…` and
// `waitFor` five seconds instead of one before a missing element fails the test.
configure({ asyncUtilTimeout: 5000 });

// Editors keep unsaved text in localStorage (components/ui/local-draft-copy.ts): no test sees another's.
afterEach(() => window.localStorage.clear());
