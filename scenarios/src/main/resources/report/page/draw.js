// Draws every chart of the page from the specifications in #airshed-charts, then records how many
// marks each drew in #airshed-status and shows a notice if any chart failed.
(function () {
  "use strict";
  var status = window.airshedReport;
  var out = document.getElementById("airshed-status");
  function finish() {
    status.state = "done";
    if (status.errors.length > 0) {
      var notice = document.getElementById("airshed-notice");
      notice.textContent = "Something went wrong while drawing this report: " + status.errors.join("; ");
      notice.hidden = false;
    }
    out.textContent = JSON.stringify(status);
    out.setAttribute("data-state", "done");
  }
  var specs;
  try {
    specs = JSON.parse(document.getElementById("airshed-charts").textContent);
  } catch (e) {
    status.errors.push("the charts' specifications do not parse: " + e);
    finish();
    return;
  }
  var options = {
    ast: true, // expressions interpreted, not compiled with eval: the page's policy forbids eval
    renderer: "svg",
    actions: { export: true, source: false, compiled: false, editor: false }
  };
  var jobs = Array.prototype.map.call(document.querySelectorAll("[data-chart]"), function (element) {
    var name = element.getAttribute("data-chart");
    status.charts[name] = 0;
    return vegaEmbed(element, specs[name], Object.assign({ downloadFileName: name }, options))
      .then(function (result) {
        return result.view.runAsync();
      })
      .then(function () {
        status.charts[name] = element.querySelectorAll("svg .role-mark > *").length;
      })
      .catch(function (error) {
        status.errors.push(name + ": " + error);
        element.textContent = "This chart could not be drawn: " + error;
      });
  });
  Promise.all(jobs).then(finish, function (error) {
    status.errors.push(String(error));
    finish();
  });
})();
