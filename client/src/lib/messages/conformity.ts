// The RGAA's conformity status, shown in the footer on every page and in the accessibility
// statement (whose long text is loaded with its page only). Without an audit in force the RGAA
// allows only « non conforme » (« partiellement conforme » needs an audit that found at least half
// of the criteria met).
export const CONFORMITY = 'non conforme';
