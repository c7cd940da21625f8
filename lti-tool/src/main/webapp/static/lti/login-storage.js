// The login step when the platform offers storage: keep the state in the platform's window, then go on to
// the platform's authorization endpoint. When the storage does not answer, go on anyway: the state cookie
// may still be accepted, and the launch says clearly when neither works.
import { putData } from './platform-storage.js';

const login = JSON.parse(document.getElementById('login-data').textContent);
try {
  await putData(login, `state_${login.state}`, login.state);
} catch (error) {
  console.info('Platform storage not available, going on with the state cookie:', error.message);
}
window.location.replace(login.next);
