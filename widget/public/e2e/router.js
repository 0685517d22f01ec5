// A docs site's hash router: the route lives in the hash ("#/guide/pricing"), and it re-renders on hashchange.
function route() {
  var hash = location.hash;
  document.getElementById('route').textContent = hash.indexOf('#/') === 0 ? 'route: ' + hash.slice(1) : 'route: /';
}
window.addEventListener('hashchange', route);
route();
