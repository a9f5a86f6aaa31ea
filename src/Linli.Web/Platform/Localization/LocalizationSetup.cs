using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Linli.Web.Platform.Localization;

public static class LocalizationSetup
{
    public static void AddLinliLocalization(this IServiceCollection services)
    {
        services.AddSingleton<Texts>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            CultureInfo[] cultures = [new(Texts.Chinese), new(Texts.English)];
            o.DefaultRequestCulture = new RequestCulture(Texts.Chinese);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // Chinese unless the user chose otherwise: the browser's language is not asked.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
    }

    /// <summary>GET /culture/{name}?returnUrl=/console — remembers the choice in a cookie for a year.</summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/culture/{name}", (string name, string? returnUrl, HttpContext http) =>
        {
            if (!Texts.Languages.Contains(name)) name = Texts.Chinese;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            var target = returnUrl is { Length: > 0 } && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                ? returnUrl : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription();
}
