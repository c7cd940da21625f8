// The demo platform's answer to the tool's login: post the id_token and state to the tool at once, as a
// platform's launch page does. Without JavaScript the button on the page does the same.
document.getElementById('demo-launch').submit();
