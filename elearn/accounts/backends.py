"""allauth's authentication backend, reading the signed-in user with their learner profile."""

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend


class AuthenticationBackend(AllauthBackend):
    def get_user(self, user_id):
        # Every page greets the learner by the profile's name (User.display_name): one query, not two.
        UserModel = self._user_model()
        try:
            # With the profile's unit too: required training matches the learner on it (one join).
            user = UserModel._default_manager.select_related("profile__administrative_unit").get(pk=user_id)
        except UserModel.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None

    @staticmethod
    def _user_model():
        from django.contrib.auth import get_user_model

        return get_user_model()
