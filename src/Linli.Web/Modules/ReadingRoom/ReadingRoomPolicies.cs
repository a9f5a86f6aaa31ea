using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.ReadingRoom;

/// <summary>Who works the reading room desk: catalogue, loans for others, returns, reminders, statistics.</summary>
public static class ReadingRoomPolicies
{
    public const string Desk = "ReadingRoomDesk";

    public static readonly string[] DeskRoles = Roles.FrontLine;

    public static void AddReadingRoomPolicies(this AuthorizationBuilder auth) => auth.AddPolicy(Desk, p => p.RequireRole(DeskRoles));

}
