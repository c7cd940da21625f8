// The last step of LTI Dynamic Registration: tell the platform the tool is done, so it closes its dialog
// (an iframe, or the window it opened). The message carries nothing secret, so any origin may read it,
// as the specification says ('*').
const platform = window.opener || (window.parent !== window ? window.parent : null);
if (platform) {
  platform.postMessage({ subject: 'org.imsglobal.lti.close' }, '*');
}
