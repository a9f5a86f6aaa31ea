// A region's dashboard ([data-dashboard-charts]): the last twelve months as lines, and the children's bars for one
// figure. SVG, so the page prints sharp; "保存图片" draws a chart's SVG onto a canvas and saves it as PNG.
(function () {
    const holder = document.querySelector("[data-dashboard-charts]");
    document.querySelector("[data-print]")?.addEventListener("click", () => window.print());
    if (!holder) return;
    const data = JSON.parse(holder.dataset.dashboardCharts);
    const charts = {};
    const draw = (name, option) => {
        const element = holder.querySelector(`[data-chart="${name}"]`);
        if (!element) return;
        const chart = echarts.init(element, null, { renderer: "svg" });
        chart.setOption({ animation: false, tooltip: { trigger: "axis" }, legend: { top: 0 }, grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true }, ...option });
        window.addEventListener("resize", () => chart.resize());
        window.addEventListener("beforeprint", () => chart.resize());
        charts[name] = chart;
    };
    const colors = ["#2f6fab", "#e08a2c", "#2e8b57"];
    draw("trend", {
        xAxis: { type: "category", data: data.months },
        yAxis: { type: "value" },
        series: data.series.map((s, i) => ({ name: s.name, type: "line", data: s.data, itemStyle: { color: colors[i % colors.length] } })),
    });
    draw("children", {
        xAxis: { type: "category", data: data.children, axisLabel: { interval: 0, rotate: data.children.length > 4 ? 30 : 0 } },
        yAxis: { type: "value" },
        series: [{ name: data.bars.name, type: "bar", data: data.bars.data, itemStyle: { color: colors[0] } }],
    });
    holder.querySelectorAll("[data-png]").forEach(button => button.addEventListener("click", () => {
        const chart = charts[button.dataset.png];
        if (!chart) return;
        const image = new Image();
        image.onload = () => {
            const canvas = document.createElement("canvas");
            canvas.width = image.width * 2;
            canvas.height = image.height * 2;
            const context = canvas.getContext("2d");
            context.fillStyle = "#fff";
            context.fillRect(0, 0, canvas.width, canvas.height);
            context.drawImage(image, 0, 0, canvas.width, canvas.height);
            const link = document.createElement("a");
            link.download = `${data.file}-${button.dataset.png}.png`;
            link.href = canvas.toDataURL("image/png");
            link.click();
        };
        image.src = chart.getDataURL({ type: "svg" });
    }));
})();
