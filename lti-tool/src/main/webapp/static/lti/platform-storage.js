// The tool's side of the LTI Client Side postMessages (platform storage): keeps a value in the platform's
// window when the browser blocks the tool's third-party cookies. Messages go to the frame the platform named
// in lti_storage_target, addressed to the origin of its OIDC authorization endpoint, and only answers from
// that origin are read.

const TIMEOUT_MS = 4000;

function storageFrame(storageTarget) {
  const parent = window.parent;
  if (storageTarget === '_parent') {
    return parent;
  }
  return parent.frames[storageTarget];
}

function send(settings, message, expectedSubject) {
  return new Promise((resolve, reject) => {
    const frame = storageFrame(settings.storageTarget);
    if (!frame || frame === window) {
      reject(new Error('no platform storage frame'));
      return;
    }
    const messageId = crypto.randomUUID();
    const timer = setTimeout(() => {
      window.removeEventListener('message', onMessage);
      reject(new Error('the platform storage did not answer'));
    }, TIMEOUT_MS);
    function onMessage(event) {
      const answer = event.data;
      if (event.origin !== settings.platformOrigin || !answer || answer.message_id !== messageId
          || answer.subject !== expectedSubject) {
        return;
      }
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      if (answer.error) {
        reject(new Error(answer.error.message || answer.error.code || 'platform storage error'));
      } else {
        resolve(answer);
      }
    }
    window.addEventListener('message', onMessage);
    frame.postMessage({ ...message, message_id: messageId }, settings.platformOrigin);
  });
}

export async function putData(settings, key, value) {
  await send(settings, { subject: 'lti.put_data', key, value }, 'lti.put_data.response');
}

export async function getData(settings, key) {
  const answer = await send(settings, { subject: 'lti.get_data', key }, 'lti.get_data.response');
  return answer.value;
}
