"""Community digital-technology teams (tổ công nghệ số cộng đồng): their screens under /to-cong-nghe/.

A team member (staff, in the team's group, with a trainer scope on their commune) registers residents
with assisted consent, enrols them, records village sessions and their attendance, and sees the
team's figures. Everything is limited to the member's commune (``scope.py``) and recorded
(``MemberAction``). The learning core is reached only through its services and models.
"""
