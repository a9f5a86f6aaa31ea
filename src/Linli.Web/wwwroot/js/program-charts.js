// A grant program's two charts ([data-program-charts]): money awarded and spent by category as bars, and services
// held and their person-times month by month (person-times as bars on the left axis, services as a line on the
// right). SVG, so the dashboard prints sharp.
(function () {
    const holder = document.querySelector("[data-program-charts]");
    if (!holder) return;
    const data = JSON.parse(holder.dataset.programCharts);
    const [awarded, spent, services, personTimes] = data.labels;
    const draw = (name, option) => {
        const chart = echarts.init(holder.querySelector(`[data-chart="${name}"]`), null, { renderer: "svg" });
        chart.setOption({ animation: false, tooltip: { trigger: "axis" }, legend: { top: 0 }, grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true }, ...option });
        window.addEventListener("resize", () => chart.resize());
        window.addEventListener("beforeprint", () => chart.resize());
    };
    draw("categories", {
        xAxis: { type: "category", data: data.categories, axisLabel: { interval: 0, rotate: data.categories.length > 4 ? 30 : 0 } },
        yAxis: { type: "value", name: "元" },
        series: [{ name: awarded, type: "bar", data: data.awarded, itemStyle: { color: "#2f6fab" } },
                 { name: spent, type: "bar", data: data.spent, itemStyle: { color: "#e08a2c" } }],
    });
    draw("months", {
        xAxis: { type: "category", data: data.months },
        yAxis: [{ type: "value", name: personTimes }, { type: "value", name: services, splitLine: { show: false } }],
        series: [{ name: personTimes, type: "bar", data: data.personTimes, itemStyle: { color: "#2f6fab" } },
                 { name: services, type: "line", yAxisIndex: 1, data: data.services, itemStyle: { color: "#c0392b" } }],
    });
})();
