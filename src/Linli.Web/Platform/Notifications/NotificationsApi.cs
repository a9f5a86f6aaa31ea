using System.Security.Claims;
using Linli.Web.Platform.Identity;

namespace Linli.Web.Platform.Notifications;

/// <summary>/api/v1/notifications: the signed-in person's own notices.</summary>
public static class NotificationsApi
{
    public static void MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization();
        api.MapGet("/", async (Notifier notifier, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await notifier.ForUserAsync(user.UserId(), ct)));
        api.MapPost("/read", async (Notifier notifier, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await notifier.MarkAllReadAsync(user.UserId(), ct);
            return TypedResults.NoContent();
        });
    }
}
