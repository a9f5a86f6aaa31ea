using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Deliberation;

/// <summary>
/// The community's staff and social workers (and the platform administrator) run bodies, meetings, topics,
/// resolutions and action items; every console role reads them; residents read their community's meetings and
/// questions, ask and support; anyone reads what is published. The scope keeps each to their community.
/// </summary>
public static class DeliberationPolicies
{
    public const string Read = "ReadMeetings";
    public const string ReadRecords = "ReadResolutions";
    public const string Run = "RunMeetings";
    public const string Ask = "AskQuestions";
    public const string Support = "SupportQuestions";

    public static readonly string[] RunRoles = [Roles.PlatformAdmin, Roles.CommunityStaff, Roles.SocialWorker];

    public static void AddDeliberationPolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Read, p => p.RequireRole([.. Roles.Staff, Roles.Resident]))
        .AddPolicy(ReadRecords, p => p.RequireRole(Roles.Staff))
        .AddPolicy(Run, p => p.RequireRole(RunRoles))
        .AddPolicy(Ask, p => p.RequireRole([.. RunRoles, Roles.Resident]))
        .AddPolicy(Support, p => p.RequireRole(Roles.Resident));
}
