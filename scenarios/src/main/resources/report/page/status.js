// Runs first: records every error the page meets (a script's, a blocked load, a console error or
// warning) so that a reader sees a notice and the browser test reads it from #airshed-status.
(function () {
  "use strict";
  var status = { state: "pending", errors: [], charts: {} };
  window.airshedReport = status;
  function record(message) {
    status.errors.push(String(message));
  }
  ["error", "warn"].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      record(level + ": " + Array.prototype.join.call(arguments, " "));
      original.apply(console, arguments);
    };
  });
  window.addEventListener("error", function (event) {
    var target = event.target;
    record(event.message || ("could not load " + (target && (target.src || target.href || target.tagName))));
  }, true);
  window.addEventListener("unhandledrejection", function (event) {
    record("unhandled: " + event.reason);
  });
  document.addEventListener("securitypolicyviolation", function (event) {
    record("blocked by the page's security policy: " + event.blockedURI + " (" + event.violatedDirective + ")");
  });
})();
