using System.Globalization;
using System.Net;
using System.Text;

namespace Opd.Web.Pages.Staff;

/// <summary>Small bar charts drawn on the server as SVG: no chart library, nothing to download, prints well.</summary>
public static class Charts
{
    public static string Bars(IReadOnlyList<(string Label, double Value)> bars, string title, int height = 180, string color = "#0b5d4b")
    {
        const int width = 720, bottom = 28, top = 16;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var step = bars.Count == 0 ? width : (double)width / bars.Count;
        var svg = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"""<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{WebUtility.HtmlEncode(title)}">""");
        var labelEvery = Math.Max(1, (int)Math.Ceiling(bars.Count / 15.0));
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var h = (height - bottom - top) * value / max;
            var x = i * step + step * 0.15;
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x:F1}" y="{height - bottom - h:F1}" width="{step * 0.7:F1}" height="{h:F1}" fill="{color}"><title>{WebUtility.HtmlEncode(label)}: {value:0.#}</title></rect>""");
            if (value > 0)
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + step * 0.35:F1}" y="{height - bottom - h - 3:F1}" font-size="11" text-anchor="middle">{value:0.#}</text>""");
            if (i % labelEvery == 0)
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + step * 0.35:F1}" y="{height - 10}" font-size="11" text-anchor="middle">{WebUtility.HtmlEncode(label)}</text>""");
        }
        return svg.Append("</svg>").ToString();
    }
}
