using Linli.Web.Platform.Hosting;
using Linli.Web.Platform.Jobs;
using Microsoft.AspNetCore.Identity;

namespace Linli.Web.Platform.Identity;

public static class IdentitySetup
{
    /// <summary>The scheme that picks bearer tokens for API clients and the cookie for browsers.</summary>
    public const string Scheme = "Linli";

    public static void AddLinliIdentity(this WebApplicationBuilder builder)
    {
        var linli = builder.Configuration.GetSection(LinliOptions.Section).Get<LinliOptions>() ?? new LinliOptions();
        var services = builder.Services;

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            // The API takes bearer tokens only, so a browser's cookie can never drive it (no CSRF there);
            // pages use the cookie, and their forms carry antiforgery tokens. A page's download link is the
            // exception: a GET of a file, read with the cookie (BrowserDownloads).
            .AddPolicyScheme(Scheme, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api") && !BrowserDownloads.Is(context) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromMinutes(linli.TokenMinutes))
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "linli.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the original request was HTTPS; forwarded headers tell us behind a proxy.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(linli.SessionIdleMinutes);
            o.SlidingExpiration = true;
            o.LoginPath = "/signin";
            o.LogoutPath = "/signout";
            o.AccessDeniedPath = "/denied";
            // An API download without a session answers like the rest of the API (401, 403), not with the sign-in page.
            o.Events.OnRedirectToLogin = c => Answer(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => Answer(c, StatusCodes.Status403Forbidden);
        });

        services.AddIdentityCore<LinliUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                // A backstop against guessing from many addresses at once; one address is slowed long before
                // by SignInThrottle, so nobody can lock another person out with a handful of requests.
                o.Lockout.MaxFailedAccessAttempts = 50;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.AllowedUserNameCharacters += "·";
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<Data.LinliDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordPolicy>();

        // Identity refreshes a cookie's principal now and then; the new one must keep the session it belongs to.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
        {
            if (context.CurrentPrincipal?.FindFirst(UserSession.ClaimType) is { } session)
                ((System.Security.Claims.ClaimsIdentity)context.NewPrincipal!.Identity!).AddClaim(session);
            return Task.CompletedTask;
        });

        services.AddAuthorizationBuilder().AddLinliPolicies();
        services.AddScoped<SignInService>();
        services.AddScoped<UserSessions>();
        services.AddScoped<PasswordsService>();
        services.AddSingleton(new SignInThrottle(builder.Configuration.GetSection("Linli:SignIn").Get<SignInOptions>() ?? new SignInOptions()));
        builder.AddPeriodicWork<UserSessions>();
        services.AddScoped<UsersService>();
        services.AddScoped<StaffDirectory>();
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
