namespace EngageBot.Features.Staff;

/// <summary>The link made: this staff account now speaks as staff in this member's chats.</summary>
public sealed record StaffChatLink(string StaffUserName, string MemberNumber);
